from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_input_audio_buffer_speech_stopped_type import (
    RealtimeBetaServerEventInputAudioBufferSpeechStoppedType,
    check_realtime_beta_server_event_input_audio_buffer_speech_stopped_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventInputAudioBufferSpeechStopped(_OpenModel):
    """Server event (server VAD) marking where speech ended in the input buffer; a user message item is then created from
    the audio."""

    event_id: str

    type_: RealtimeBetaServerEventInputAudioBufferSpeechStoppedType

    audio_end_ms: int

    item_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio_end_ms", "event_id", "item_id", "type")
    _tags = {"type": ("input_audio_buffer.speech_stopped",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_input_audio_buffer_speech_stopped_type,
            ),
            ("audio_end_ms", "audio_end_ms", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
        )
