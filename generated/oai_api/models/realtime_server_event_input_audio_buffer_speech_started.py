from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_input_audio_buffer_speech_started_type import (
    RealtimeServerEventInputAudioBufferSpeechStartedType,
    check_realtime_server_event_input_audio_buffer_speech_started_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventInputAudioBufferSpeechStarted(_OpenModel):
    """Server event (server VAD) marking where speech was detected in the input buffer; useful for interrupting playback. A
    matching speech-stopped event follows."""

    event_id: str

    type_: RealtimeServerEventInputAudioBufferSpeechStartedType

    audio_start_ms: int

    item_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_start_ms", "event_id", "item_id", "type")
    _tags = {"type": ("input_audio_buffer.speech_started",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_input_audio_buffer_speech_started_type,
            ),
            ("audio_start_ms", "audio_start_ms", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
        )
