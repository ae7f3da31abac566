from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tune_supervised_hyperparameters_batch_size_type_0 import (
    FineTuneSupervisedHyperparametersBatchSizeType0,
    check_fine_tune_supervised_hyperparameters_batch_size_type_0,
)
from ..models.fine_tune_supervised_hyperparameters_learning_rate_multiplier_type_0 import (
    FineTuneSupervisedHyperparametersLearningRateMultiplierType0,
    check_fine_tune_supervised_hyperparameters_learning_rate_multiplier_type_0,
)
from ..models.fine_tune_supervised_hyperparameters_n_epochs_type_0 import (
    FineTuneSupervisedHyperparametersNEpochsType0,
    check_fine_tune_supervised_hyperparameters_n_epochs_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuneSupervisedHyperparameters(_OpenModel):
    """Tuning knobs for supervised fine-tuning."""

    batch_size: FineTuneSupervisedHyperparametersBatchSizeType0 | int | None = None
    """ Examples per training batch, or `auto`; bigger batches mean fewer, steadier parameter updates. """
    learning_rate_multiplier: (
        FineTuneSupervisedHyperparametersLearningRateMultiplierType0 | float | None
    ) = None
    """ Multiplier applied to the base learning rate, or `auto`; lowering it can reduce overfitting. """
    n_epochs: FineTuneSupervisedHyperparametersNEpochsType0 | int | None = None
    """ How many full passes over the training data to make, or `auto`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("batch_size", "learning_rate_multiplier", "n_epochs")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "batch_size",
                "batch_size",
                OPTIONAL,
                one_of(
                    check_fine_tune_supervised_hyperparameters_batch_size_type_0, int
                ),
            ),
            (
                "learning_rate_multiplier",
                "learning_rate_multiplier",
                OPTIONAL,
                one_of(
                    check_fine_tune_supervised_hyperparameters_learning_rate_multiplier_type_0,
                    float,
                ),
            ),
            (
                "n_epochs",
                "n_epochs",
                OPTIONAL,
                one_of(check_fine_tune_supervised_hyperparameters_n_epochs_type_0, int),
            ),
        )
