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
    from ..models.fine_tune_supervised_hyperparameters import (
        FineTuneSupervisedHyperparameters,
    )


@_attrs_define(repr=False)
class FineTuneSupervisedMethod(_OpenModel):
    """Settings for supervised fine-tuning."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None
    """ Tuning knobs for supervised fine-tuning. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("hyperparameters",)

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tune_supervised_hyperparameters import (
            FineTuneSupervisedHyperparameters,
        )

        return fields(
            (
                "hyperparameters",
                "hyperparameters",
                OPTIONAL,
                FineTuneSupervisedHyperparameters,
            ),
        )
