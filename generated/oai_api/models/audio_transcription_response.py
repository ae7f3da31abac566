from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_response_model_type_1 import (
    AudioTranscriptionResponseModelType1,
    check_audio_transcription_response_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="AudioTranscriptionResponse")


@_attrs_define
class AudioTranscriptionResponse:
    """Transcription settings in effect for a session, as the server reports them."""

    model: AudioTranscriptionResponseModelType1 | str | None = None
    language: str | None = None
    languages: list[str] | None = None
    prompt: str | None = None
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

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

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
            try:

                def _parse_model(
                    data: object,
                ) -> AudioTranscriptionResponseModelType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        model_type_1 = check_audio_transcription_response_model_type_1(
                            data
                        )

                        return model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        AudioTranscriptionResponseModelType1 | str | Unset, data
                    )

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

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
            try:
                languages = cast(list[str], _languages_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                languages = _languages_raw

        prompt = d.pop("prompt", UNSET)
        if prompt is None and strict_parsing.get():
            raise TypeError("prompt")

        if prompt is None or prompt is UNSET:
            if prompt is None:
                _none_flips += ("prompt",)
            prompt = None

        audio_transcription_response = cls(
            model=model,
            language=language,
            languages=languages,
            prompt=prompt,
        )
        if _none_flips:
            audio_transcription_response._none_flips = _none_flips

        audio_transcription_response.additional_properties = d
        return audio_transcription_response

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
