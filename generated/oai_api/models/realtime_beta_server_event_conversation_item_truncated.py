from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_conversation_item_truncated_type import (
    RealtimeBetaServerEventConversationItemTruncatedType,
    check_realtime_beta_server_event_conversation_item_truncated_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventConversationItemTruncated(_OpenModel):
    """Server event confirming that an assistant audio item was truncated; the unheard transcript is removed as well."""

    event_id: str

    type_: RealtimeBetaServerEventConversationItemTruncatedType

    item_id: str

    content_index: int

    audio_end_ms: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_end_ms", "content_index", "event_id", "item_id", "type")
    _tags = {"type": ("conversation.item.truncated",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_conversation_item_truncated_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("audio_end_ms", "audio_end_ms", REQUIRED, None),
        )
