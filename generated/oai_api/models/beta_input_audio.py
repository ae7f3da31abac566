from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_input_audio_type import (
    BetaInputAudioType,
    check_beta_input_audio_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_input_audio_input_audio import BetaInputAudioInputAudio


@_attrs_define(repr=False)
class BetaInputAudio(_OpenModel):
    """Audio given to the model as input."""

    type_: BetaInputAudioType

    input_audio: BetaInputAudioInputAudio

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_audio", "type")
    _tags = {"type": ("input_audio",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_input_audio_input_audio import BetaInputAudioInputAudio

        return fields(
            ("type_", "type", REQUIRED, check_beta_input_audio_type),
            ("input_audio", "input_audio", REQUIRED, BetaInputAudioInputAudio),
        )
