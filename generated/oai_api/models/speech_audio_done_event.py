from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.speech_audio_done_event_type import (
    SpeechAudioDoneEventType,
    check_speech_audio_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage


@_attrs_define(repr=False)
class SpeechAudioDoneEvent(_OpenModel):
    """Stream event sent once all audio was produced, with token usage."""

    type_: SpeechAudioDoneEventType
    """ Event type, fixed to `speech.audio.done`. """
    usage: SpeechAudioDoneEventUsage
    """ Tokens used by the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "usage")
    _tags = {"type": ("speech.audio.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage

        return fields(
            ("type_", "type", REQUIRED, check_speech_audio_done_event_type),
            ("usage", "usage", REQUIRED, SpeechAudioDoneEventUsage),
        )
