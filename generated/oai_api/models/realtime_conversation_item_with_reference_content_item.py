from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_conversation_item_with_reference_content_item_type import (
    RealtimeConversationItemWithReferenceContentItemType,
    check_realtime_conversation_item_with_reference_content_item_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeConversationItemWithReferenceContentItem(_OpenModel):
    type_: RealtimeConversationItemWithReferenceContentItemType | None = None

    text: str | None = None

    id: str | None = None

    audio: str | None = None

    transcript: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "id", "text", "transcript", "type")
    _tags = {"type": ("input_audio", "input_text", "item_reference", "text")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_conversation_item_with_reference_content_item_type,
            ),
            ("text", "text", OPTIONAL, None),
            ("id", "id", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, None),
            ("transcript", "transcript", OPTIONAL, None),
        )
