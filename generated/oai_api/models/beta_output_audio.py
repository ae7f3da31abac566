from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_output_audio_type import (
    BetaOutputAudioType,
    check_beta_output_audio_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaOutputAudio(_OpenModel):
    """Audio the model produced: base64 data and its transcript."""

    type_: BetaOutputAudioType

    data: str

    transcript: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "transcript", "type")
    _tags = {"type": ("output_audio",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_output_audio_type),
            ("data", "data", REQUIRED, None),
            ("transcript", "transcript", REQUIRED, None),
        )
