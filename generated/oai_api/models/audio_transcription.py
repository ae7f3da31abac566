from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
    check_audio_transcription_delay,
)
from ..models.audio_transcription_model_type_1 import (
    AudioTranscriptionModelType1,
    check_audio_transcription_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AudioTranscription(_OpenModel):
    """Settings for transcribing input audio: the model plus optional language hints, keywords, prompt and delay."""

    model: AudioTranscriptionModelType1 | str | None = None
    """ Transcription model, e.g. `whisper-1`, `gpt-4o-transcribe`, `gpt-realtime-whisper` or `gpt-4o-transcribe-
    diarize` (adds speaker labels). """
    language: str | None = None
    """ ISO-639-1 code of the spoken language, e.g. `en`; giving it makes transcription faster and more accurate.
    """
    languages: list[str] | None = None
    """ ISO-639-1 codes of languages the audio may be in; used by `gpt-transcribe` and `gpt-live-transcribe`. """
    keywords: list[str] | None = None
    """ Vocabulary hints (words, phrases) for `gpt-transcribe` and `gpt-live-transcribe`. """
    prompt: str | None = None
    """ Hint text for style or context: keywords for `whisper-1`, free text for `gpt-4o-transcribe` models; not
    accepted by `gpt-realtime-whisper`. """
    delay: AudioTranscriptionDelay | None = None
    """ Trade latency for accuracy: how long `gpt-realtime-whisper` waits before emitting text, from `minimal` to
    `xhigh`; GA sessions only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delay", "keywords", "language", "languages", "model", "prompt")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_audio_transcription_model_type_1),
            ),
            ("language", "language", OPTIONAL, None),
            ("languages", "languages", OPTIONAL, list_of(None)),
            ("keywords", "keywords", OPTIONAL, list_of(None)),
            ("prompt", "prompt", OPTIONAL, None),
            ("delay", "delay", OPTIONAL, check_audio_transcription_delay),
            strict=True,
        )
