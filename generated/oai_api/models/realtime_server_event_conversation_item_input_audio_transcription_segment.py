from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_conversation_item_input_audio_transcription_segment_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType,
    check_realtime_server_event_conversation_item_input_audio_transcription_segment_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionSegment(_OpenModel):
    """Server event reporting one transcribed segment of input audio, with speaker and timing."""

    event_id: str

    type_: RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType

    item_id: str

    content_index: int

    text: str

    id: str

    speaker: str

    start: float

    end: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "end",
        "event_id",
        "id",
        "item_id",
        "speaker",
        "start",
        "text",
        "type",
    )
    _tags = {"type": ("conversation.item.input_audio_transcription.segment",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_conversation_item_input_audio_transcription_segment_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("text", "text", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("speaker", "speaker", REQUIRED, None),
            ("start", "start", REQUIRED, None),
            ("end", "end", REQUIRED, None),
        )
