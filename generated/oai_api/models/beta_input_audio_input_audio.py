from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_input_audio_input_audio_format import (
    BetaInputAudioInputAudioFormat,
    check_beta_input_audio_input_audio_format,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaInputAudioInputAudio(_OpenModel):
    data: str

    format_: BetaInputAudioInputAudioFormat

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "format")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("data", "data", REQUIRED, None),
            ("format_", "format", REQUIRED, check_beta_input_audio_input_audio_format),
        )
