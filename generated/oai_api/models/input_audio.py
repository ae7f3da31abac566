from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.input_audio_type import InputAudioType, check_input_audio_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.input_audio_input_audio import InputAudioInputAudio


@_attrs_define(repr=False)
class InputAudio(_OpenModel):
    """Audio given to the model as message content."""

    type_: InputAudioType
    """ Always `input_audio` for this content part. """
    input_audio: InputAudioInputAudio
    """ The audio clip: base64 data and its format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_audio", "type")
    _tags = {"type": ("input_audio",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.input_audio_input_audio import InputAudioInputAudio

        return fields(
            ("type_", "type", REQUIRED, check_input_audio_type),
            ("input_audio", "input_audio", REQUIRED, InputAudioInputAudio),
        )
