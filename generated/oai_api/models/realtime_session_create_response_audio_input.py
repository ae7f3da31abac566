from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from ..models.realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from ..models.realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection,
    )


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseAudioInput(_OpenModel):
    format_: (
        RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | None
    ) = None
    """ Audio encoding: 24 kHz PCM, G.711 mu-law (`audio/pcmu`), or G.711 A-law (`audio/pcma`). """
    transcription: AudioTranscriptionResponse | None = None
    """ Transcription settings in effect for a session, as the server reports them. """
    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | None = None

    turn_detection: RealtimeSessionCreateResponseAudioInputTurnDetection | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format", "noise_reduction", "transcription", "turn_detection")

    @staticmethod
    def _fields() -> Table:
        from ..models.audio_transcription_response import AudioTranscriptionResponse
        from ..models.realtime_session_create_response_audio_input_noise_reduction import (
            RealtimeSessionCreateResponseAudioInputNoiseReduction,
        )
        from ..models.realtime_session_create_response_audio_input_turn_detection import (
            RealtimeSessionCreateResponseAudioInputTurnDetection,
        )

        return fields(
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "realtime_audio_formats_type_0",
                        "RealtimeAudioFormatsType0",
                        ("type", "audio/pcm"),
                    ),
                    member(
                        "realtime_audio_formats_type_1",
                        "RealtimeAudioFormatsType1",
                        ("type", "audio/pcmu"),
                    ),
                    member(
                        "realtime_audio_formats_type_2",
                        "RealtimeAudioFormatsType2",
                        ("type", "audio/pcma"),
                    ),
                ),
            ),
            ("transcription", "transcription", OPTIONAL, AudioTranscriptionResponse),
            (
                "noise_reduction",
                "noise_reduction",
                OPTIONAL,
                RealtimeSessionCreateResponseAudioInputNoiseReduction,
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL,
                RealtimeSessionCreateResponseAudioInputTurnDetection,
            ),
        )
