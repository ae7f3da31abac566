from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters


@_attrs_define(repr=False)
class FineTuneDPOMethod(_OpenModel):
    """Settings for training with direct preference optimization (DPO)."""

    hyperparameters: FineTuneDPOHyperparameters | None = None
    """ Tuning knobs for direct preference optimization (DPO) training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("hyperparameters",)

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

        return fields(
            (
                "hyperparameters",
                "hyperparameters",
                OPTIONAL,
                FineTuneDPOHyperparameters,
            ),
        )
