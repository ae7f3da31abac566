from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
    check_audio_transcription_delay,
)
from ..models.audio_transcription_model_type_1 import (
    AudioTranscriptionModelType1,
    check_audio_transcription_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="AudioTranscription")


@_attrs_define
class AudioTranscription:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

        _v_language = (
            self.language
            if self.language is not None or "language" in self._none_flips
            else UNSET
        )

        language = _v_language

        _v_languages = (
            self.languages
            if self.languages is not None or "languages" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_languages, list):
            languages = _v_languages
        else:
            languages: list[str] | Unset = UNSET
            if not isinstance(_v_languages, Unset):
                languages = _v_languages

        _v_keywords = (
            self.keywords
            if self.keywords is not None or "keywords" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_keywords, list):
            keywords = _v_keywords
        else:
            keywords: list[str] | Unset = UNSET
            if not isinstance(_v_keywords, Unset):
                keywords = _v_keywords

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        _v_delay = (
            self.delay
            if self.delay is not None or "delay" in self._none_flips
            else UNSET
        )

        if _v_delay is None or isinstance(_v_delay, Unset):
            delay = _v_delay
        else:
            delay: str | Unset = UNSET
            if not isinstance(_v_delay, Unset):
                delay = _v_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> AudioTranscriptionModelType1 | str | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_audio_transcription_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(AudioTranscriptionModelType1 | str | Unset, data)

            model = _parse_model(_model_raw)

        language = d.pop("language", UNSET)
        if language is None and strict_parsing.get():
            raise TypeError("language")

        if language is None or language is UNSET:
            if language is None:
                _none_flips += ("language",)
            language = None

        _languages_raw = d.pop("languages", UNSET)
        if _languages_raw is None or isinstance(_languages_raw, Unset):
            if _languages_raw is None and strict_parsing.get():
                raise TypeError("languages")

            if _languages_raw is None:
                _none_flips += ("languages",)
            languages = None

        else:
            languages = cast(list[str], _languages_raw)

        _keywords_raw = d.pop("keywords", UNSET)
        if _keywords_raw is None or isinstance(_keywords_raw, Unset):
            if _keywords_raw is None and strict_parsing.get():
                raise TypeError("keywords")

            if _keywords_raw is None:
                _none_flips += ("keywords",)
            keywords = None

        else:
            keywords = cast(list[str], _keywords_raw)

        prompt = d.pop("prompt", UNSET)
        if prompt is None and strict_parsing.get():
            raise TypeError("prompt")

        if prompt is None or prompt is UNSET:
            if prompt is None:
                _none_flips += ("prompt",)
            prompt = None

        _delay_raw = d.pop("delay", UNSET)
        if _delay_raw is None or isinstance(_delay_raw, Unset):
            if _delay_raw is None and strict_parsing.get():
                raise TypeError("delay")

            if _delay_raw is None:
                _none_flips += ("delay",)
            delay = None

        else:
            _delay = _delay_raw
            delay: AudioTranscriptionDelay | Unset
            if isinstance(_delay, Unset):
                delay = UNSET
            else:
                delay = check_audio_transcription_delay(_delay)

        audio_transcription = cls(
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            delay=delay,
        )
        if _none_flips:
            audio_transcription._none_flips = _none_flips

        audio_transcription.additional_properties = d
        return audio_transcription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
