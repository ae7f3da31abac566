from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
    check_realtime_conversation_item_message_user_content_item_detail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
    check_realtime_conversation_item_message_user_content_item_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeConversationItemMessageUserContentItem(_OpenModel):
    type_: RealtimeConversationItemMessageUserContentItemType | None = None

    text: str | None = None

    audio: str | None = None

    image_url: str | None = None

    detail: RealtimeConversationItemMessageUserContentItemDetail | None = None

    transcript: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "detail", "image_url", "text", "transcript", "type")
    _tags = {"type": ("input_text", "input_audio", "input_image")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_conversation_item_message_user_content_item_type,
            ),
            ("text", "text", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, None),
            ("image_url", "image_url", OPTIONAL, None),
            (
                "detail",
                "detail",
                OPTIONAL,
                check_realtime_conversation_item_message_user_content_item_detail,
            ),
            ("transcript", "transcript", OPTIONAL, None),
        )
