from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_translation_request_model_type_1 import (
    CreateTranslationRequestModelType1,
    check_create_translation_request_model_type_1,
)
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
    check_create_translation_request_response_format,
)
from ..types import UNSET, File, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateTranslationRequest")


@_attrs_define
class CreateTranslationRequest:
    """Multipart form of a translation (audio to English) request."""

    file: File
    """ Audio to translate (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: CreateTranslationRequestModelType1 | str
    """ Translation model; only whisper-1. """
    prompt: str | None = None
    """ English text to guide the style of the translation. """
    response_format: CreateTranslationRequestResponseFormat | None = None
    """ Format of the result. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 1. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            file = _v_file
        else:
            file = _v_file.to_tuple()

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: str | Unset = UNSET
            if not isinstance(_v_response_format, Unset):
                response_format = _v_response_format

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "file": file,
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            raise ValueError(
                "CreateTranslationRequest.file is required: a form cannot be sent without it"
            )
        files.append(("file", _v_file.to_tuple()))

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            raise ValueError(
                "CreateTranslationRequest.model is required: a form cannot be sent without it"
            )
        if isinstance(_v_model, str):
            files.append(("model", (None, str(_v_model).encode(), "text/plain")))
        else:
            files.append(("model", (None, str(_v_model).encode(), "text/plain")))

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt, Unset):
            files.append(("prompt", (None, str(_v_prompt).encode(), "text/plain")))

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response_format, Unset):
            files.append(
                (
                    "response_format",
                    (None, str(_v_response_format).encode(), "text/plain"),
                )
            )

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_temperature, Unset):
            files.append(
                ("temperature", (None, str(_v_temperature).encode(), "text/plain"))
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            raise KeyError("CreateTranslationRequest: required field file is missing")

        else:
            file = File(payload=BytesIO(_file_raw))

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError("CreateTranslationRequest: required field model is missing")

        else:

            def _parse_model(data: object) -> CreateTranslationRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_translation_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateTranslationRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        prompt = d.pop("prompt", UNSET)
        if prompt is None and strict_parsing.get():
            raise TypeError("prompt")

        if prompt is None or prompt is UNSET:
            if prompt is None:
                _none_flips += ("prompt",)
            prompt = None

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:
            _response_format = _response_format_raw
            response_format: CreateTranslationRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_create_translation_request_response_format(
                    _response_format
                )

        temperature = d.pop("temperature", UNSET)
        if temperature is None and strict_parsing.get():
            raise TypeError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is None:
                _none_flips += ("temperature",)
            temperature = None

        create_translation_request = cls(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )
        if _none_flips:
            create_translation_request._none_flips = _none_flips

        return create_translation_request
