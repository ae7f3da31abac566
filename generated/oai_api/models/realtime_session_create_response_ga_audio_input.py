from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
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
    from ..models.realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from ..models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0,
    )
    from ..models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1,
    )


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseGAAudioInput(_OpenModel):
    format_: (
        RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | None
    ) = None
    """ Audio encoding: 24 kHz PCM, G.711 mu-law (`audio/pcmu`), or G.711 A-law (`audio/pcma`). """
    transcription: AudioTranscriptionResponse | None = None
    """ Transcription settings in effect for a session, as the server reports them. """
    noise_reduction: RealtimeSessionCreateResponseGAAudioInputNoiseReduction | None = (
        None
    )

    turn_detection: (
        None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1
    ) = None
    """ How the session detects the end of a user turn: `server_vad` (volume) or `semantic_vad` (content); `null`
    means the client triggers replies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format", "noise_reduction", "transcription", "turn_detection")

    @staticmethod
    def _fields() -> Table:
        from ..models.audio_transcription_response import AudioTranscriptionResponse
        from ..models.realtime_session_create_response_ga_audio_input_noise_reduction import (
            RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
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
                RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "realtime_turn_detection_type_0_type_0",
                        "RealtimeTurnDetectionType0Type0",
                        ("type", "server_vad"),
                    ),
                    member(
                        "realtime_turn_detection_type_0_type_1",
                        "RealtimeTurnDetectionType0Type1",
                        ("type", "semantic_vad"),
                    ),
                    None,
                ),
            ),
        )
