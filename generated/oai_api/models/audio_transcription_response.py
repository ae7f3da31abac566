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
from ..models.audio_transcription_response_model_type_1 import (
    AudioTranscriptionResponseModelType1,
    check_audio_transcription_response_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AudioTranscriptionResponse(_OpenModel):
    """Transcription settings in effect for a session, as the server reports them."""

    model: AudioTranscriptionResponseModelType1 | str | None = None

    language: str | None = None

    languages: list[str] | None = None

    prompt: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("language", "languages", "model", "prompt")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_audio_transcription_response_model_type_1),
            ),
            ("language", "language", OPTIONAL, None),
            ("languages", "languages", OPTIONAL, list_of(None)),
            ("prompt", "prompt", OPTIONAL, None),
        )
