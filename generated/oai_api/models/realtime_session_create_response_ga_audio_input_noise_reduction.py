from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseGAAudioInputNoiseReduction(_OpenModel):
    type_: NoiseReductionType | None = None
    """ Noise filter to apply: `near_field` for headsets and close mics, `far_field` for laptop or room mics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("near_field", "far_field")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, check_noise_reduction_type),
        )
