from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    FILE,
    OPTIONAL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import Model as _Model
from ..models.create_translation_request_model_type_1 import (
    CreateTranslationRequestModelType1,
    check_create_translation_request_model_type_1,
)
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
    check_create_translation_request_response_format,
)
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateTranslationRequest(_Model):
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
    _keys = ("file", "model", "prompt", "response_format", "temperature")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file", "file", REQUIRED, FILE),
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_translation_request_model_type_1),
            ),
            ("prompt", "prompt", OPTIONAL, None),
            (
                "response_format",
                "response_format",
                OPTIONAL,
                check_create_translation_request_response_format,
            ),
            ("temperature", "temperature", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
