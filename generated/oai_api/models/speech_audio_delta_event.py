from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.speech_audio_delta_event_type import (
    SpeechAudioDeltaEventType,
    check_speech_audio_delta_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SpeechAudioDeltaEvent(_OpenModel):
    """Stream event carrying the next piece of synthesised audio."""

    type_: SpeechAudioDeltaEventType
    """ Event type, fixed to `speech.audio.delta`. """
    audio: str
    """ Base64 chunk of audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "type")
    _tags = {"type": ("speech.audio.delta",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_speech_audio_delta_event_type),
            ("audio", "audio", REQUIRED, None),
        )
