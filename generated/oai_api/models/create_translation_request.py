from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..models.create_translation_request_model_type_1 import (
    CreateTranslationRequestModelType1,
    check_create_translation_request_model_type_1,
)
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
    check_create_translation_request_response_format,
)
from ..types import UNSET, File, Unset, strict_parsing

T = TypeVar("T", bound="CreateTranslationRequest")


@_attrs_define
class CreateTranslationRequest:
    """Multipart form of a translation (audio to English) request."""

    file: File
    """ Audio to translate (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: CreateTranslationRequestModelType1 | str
    """ Translation model; only whisper-1. """
    prompt: str | Unset = UNSET
    """ English text to guide the style of the translation. """
    response_format: CreateTranslationRequestResponseFormat | Unset = UNSET
    """ Format of the result. """
    temperature: float | Unset = UNSET
    """ Sampling temperature, 0 to 1. """

    def to_dict(self) -> dict[str, Any]:
        if self.file is None or isinstance(self.file, Unset):
            file = self.file
        else:
            file = self.file.to_tuple()

        if self.model is None or isinstance(self.model, Unset):
            model = self.model
        else:
            model: str
            model = self.model

        prompt = self.prompt

        if self.response_format is None or isinstance(self.response_format, Unset):
            response_format = self.response_format
        else:
            response_format: str | Unset = UNSET
            if not isinstance(self.response_format, Unset):
                response_format = self.response_format

        temperature = self.temperature

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

        files.append(("file", self.file.to_tuple()))

        if isinstance(self.model, str):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))
        else:
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(
                (
                    "response_format",
                    (None, str(self.response_format).encode(), "text/plain"),
                )
            )

        if not isinstance(self.temperature, Unset):
            files.append(
                ("temperature", (None, str(self.temperature).encode(), "text/plain"))
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file")

            file = _file_raw
        else:
            file = File(payload=BytesIO(_file_raw))

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if strict_parsing.get():
                raise KeyError("model")

            model = _model_raw
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

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            response_format = _response_format_raw
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

        create_translation_request = cls(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )

        return create_translation_request
