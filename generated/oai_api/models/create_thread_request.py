from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_thread_request_tool_resources_type_0 import (
        CreateThreadRequestToolResourcesType0,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateThreadRequest(_Model):
    """Body for a new thread: starting messages, tool resources and metadata; all optional, so an empty thread is fine."""

    messages: list[CreateMessageRequest] | None = None
    """ Messages the thread begins with. """
    tool_resources: CreateThreadRequestToolResourcesType0 | None = None
    """ Files and vector stores available to tools in this thread: file IDs for code interpreter, vector store IDs
    for file search. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("messages", "metadata", "tool_resources")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_message_request import CreateMessageRequest

        return fields(
            ("messages", "messages", OPTIONAL, list_of(CreateMessageRequest)),
            (
                "tool_resources",
                "tool_resources",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_thread_request_tool_resources_type_0",
                        "CreateThreadRequestToolResourcesType0",
                    ),
                    None,
                ),
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            extra=DROP,
            strict=True,
        )
