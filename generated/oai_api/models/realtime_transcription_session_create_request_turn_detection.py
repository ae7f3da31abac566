from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_transcription_session_create_request_turn_detection_type import (
    RealtimeTranscriptionSessionCreateRequestTurnDetectionType,
    check_realtime_transcription_session_create_request_turn_detection_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateRequestTurnDetection(_OpenModel):
    """Voice activity detection for the transcription session; server VAD finds speech start and end by volume. `null`
    disables it."""

    type_: RealtimeTranscriptionSessionCreateRequestTurnDetectionType | None = None
    """ Detection kind; transcription sessions accept only `server_vad`. """
    threshold: float | None = None
    """ Volume needed to count as speech, 0.0 to 1.0; default 0.5. Raise it in noisy settings. """
    prefix_padding_ms: int | None = None
    """ Audio kept from before detected speech starts, in milliseconds; default 300. """
    silence_duration_ms: int | None = None
    """ Silence that ends a speech segment, in milliseconds; default 500. Shorter reacts faster but may split on
    pauses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prefix_padding_ms", "silence_duration_ms", "threshold", "type")
    _tags = {"type": ("server_vad",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_transcription_session_create_request_turn_detection_type,
            ),
            ("threshold", "threshold", OPTIONAL, None),
            ("prefix_padding_ms", "prefix_padding_ms", OPTIONAL, None),
            ("silence_duration_ms", "silence_duration_ms", OPTIONAL, None),
            strict=True,
        )
