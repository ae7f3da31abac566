from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_transcription_session_create_request_include_item import (
    RealtimeTranscriptionSessionCreateRequestIncludeItem,
    check_realtime_transcription_session_create_request_include_item,
)
from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    check_realtime_transcription_session_create_request_input_audio_format,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateRequest(_OpenModel):
    """Settings for a Realtime session that only transcribes audio."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | None = None
    """ Voice activity detection for the transcription session; server VAD finds speech start and end by volume.
    `null` disables it. """
    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | None
    ) = None
    """ Filter applied to incoming audio before VAD and transcription, which cuts false detections; `null` turns it
    off. """
    input_audio_format: (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat | None
    ) = None
    """ Encoding of incoming audio: `pcm16` (default; 24 kHz, mono, 16-bit little-endian), `g711_ulaw` or
    `g711_alaw`. """
    input_audio_transcription: AudioTranscription | None = None
    """ Settings for transcribing input audio: the model plus optional language hints, keywords, prompt and delay.
    """
    include: list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None = None
    """ Extra data to return; only `item.input_audio_transcription.logprobs` is available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "include",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        "turn_detection",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.audio_transcription import AudioTranscription
        from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
        )
        from ..models.realtime_transcription_session_create_request_turn_detection import (
            RealtimeTranscriptionSessionCreateRequestTurnDetection,
        )

        return fields(
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateRequestTurnDetection,
            ),
            (
                "input_audio_noise_reduction",
                "input_audio_noise_reduction",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
            ),
            (
                "input_audio_format",
                "input_audio_format",
                OPTIONAL,
                check_realtime_transcription_session_create_request_input_audio_format,
            ),
            (
                "input_audio_transcription",
                "input_audio_transcription",
                OPTIONAL,
                AudioTranscription,
            ),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(
                    check_realtime_transcription_session_create_request_include_item
                ),
            ),
            strict=True,
        )
