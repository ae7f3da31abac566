from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_client_event_conversation_item_truncate_type import (
    RealtimeBetaClientEventConversationItemTruncateType,
    check_realtime_beta_client_event_conversation_item_truncate_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaClientEventConversationItemTruncate(_OpenModel):
    """Client event that cuts an assistant message's audio at a playback position, e.g. when the user interrupts; the
    unheard part of the transcript is dropped too."""

    type_: RealtimeBetaClientEventConversationItemTruncateType

    item_id: str

    content_index: int

    audio_end_ms: int

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_end_ms", "content_index", "event_id", "item_id", "type")
    _tags = {"type": ("conversation.item.truncate",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_client_event_conversation_item_truncate_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("audio_end_ms", "audio_end_ms", REQUIRED, None),
            ("event_id", "event_id", OPTIONAL, None),
        )
