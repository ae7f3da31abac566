from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from ..models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponse(_OpenModel):
    """The transcription session as created; over REST it also carries an ephemeral key, valid 10 minutes by default."""

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret

    modalities: Any | None = None

    input_audio_format: str | None = None

    input_audio_transcription: AudioTranscriptionResponse | None = None
    """ Transcription settings in effect for a session, as the server reports them. """
    turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | None = (
        None
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "client_secret",
        "input_audio_format",
        "input_audio_transcription",
        "modalities",
        "turn_detection",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.audio_transcription_response import AudioTranscriptionResponse
        from ..models.realtime_transcription_session_create_response_client_secret import (
            RealtimeTranscriptionSessionCreateResponseClientSecret,
        )
        from ..models.realtime_transcription_session_create_response_turn_detection import (
            RealtimeTranscriptionSessionCreateResponseTurnDetection,
        )

        return fields(
            (
                "client_secret",
                "client_secret",
                REQUIRED,
                RealtimeTranscriptionSessionCreateResponseClientSecret,
            ),
            ("modalities", "modalities", OPTIONAL_OR_NULL, None),
            ("input_audio_format", "input_audio_format", OPTIONAL, None),
            (
                "input_audio_transcription",
                "input_audio_transcription",
                OPTIONAL,
                AudioTranscriptionResponse,
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateResponseTurnDetection,
            ),
        )
