from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.thread_object_object import ThreadObjectObject, check_thread_object_object

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.thread_object_tool_resources_type_0 import (
        ThreadObjectToolResourcesType0,
    )


@_attrs_define(repr=False)
class ThreadObject(_OpenModel):
    """A thread: a conversation that holds messages and the tool resources runs on it may use."""

    id: str

    object_: ThreadObjectObject

    created_at: int

    tool_resources: None | ThreadObjectToolResourcesType0

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "metadata", "object", "tool_resources")
    _tags = {"object": ("thread",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_thread_object_object),
            ("created_at", "created_at", REQUIRED, None),
            (
                "tool_resources",
                "tool_resources",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "thread_object_tool_resources_type_0",
                        "ThreadObjectToolResourcesType0",
                    ),
                    None,
                ),
            ),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
