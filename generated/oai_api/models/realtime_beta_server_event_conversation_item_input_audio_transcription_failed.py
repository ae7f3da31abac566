from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType,
    check_realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )


@_attrs_define(repr=False)
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed(_OpenModel):
    """Server event saying that transcribing a user audio message failed; it names the affected item."""

    event_id: str

    type_: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType

    item_id: str

    content_index: int

    error: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content_index", "error", "event_id", "item_id", "type")
    _tags = {"type": ("conversation.item.input_audio_transcription.failed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
            RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            (
                "error",
                "error",
                REQUIRED,
                RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
            ),
        )
