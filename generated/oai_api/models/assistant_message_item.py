from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.assistant_message_item_object import (
    AssistantMessageItemObject,
    check_assistant_message_item_object,
)
from ..models.assistant_message_item_type import (
    AssistantMessageItemType,
    check_assistant_message_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_output_text import ResponseOutputText


@_attrs_define(repr=False)
class AssistantMessageItem(_OpenModel):
    """A message the assistant posted in a thread."""

    id: str

    object_: AssistantMessageItemObject

    created_at: int

    thread_id: str

    type_: AssistantMessageItemType

    content: list[ResponseOutputText]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "created_at", "id", "object", "thread_id", "type")
    _tags = {"type": ("chatkit.assistant_message",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response_output_text import ResponseOutputText

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_assistant_message_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_assistant_message_item_type),
            ("content", "content", REQUIRED, list_of(ResponseOutputText)),
        )
