from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_job_hyperparameters_batch_size_type_0_type_0 import (
    FineTuningJobHyperparametersBatchSizeType0Type0,
    check_fine_tuning_job_hyperparameters_batch_size_type_0_type_0,
)
from ..models.fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0 import (
    FineTuningJobHyperparametersLearningRateMultiplierType0,
    check_fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0,
)
from ..models.fine_tuning_job_hyperparameters_n_epochs_type_0 import (
    FineTuningJobHyperparametersNEpochsType0,
    check_fine_tuning_job_hyperparameters_n_epochs_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuningJobHyperparameters(_OpenModel):
    batch_size: FineTuningJobHyperparametersBatchSizeType0Type0 | int | None = None

    learning_rate_multiplier: (
        FineTuningJobHyperparametersLearningRateMultiplierType0 | float | None
    ) = None

    n_epochs: FineTuningJobHyperparametersNEpochsType0 | int | None = None

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
                OPTIONAL_OR_NULL,
                one_of(
                    check_fine_tuning_job_hyperparameters_batch_size_type_0_type_0,
                    int,
                    None,
                ),
            ),
            (
                "learning_rate_multiplier",
                "learning_rate_multiplier",
                OPTIONAL,
                one_of(
                    check_fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0,
                    float,
                ),
            ),
            (
                "n_epochs",
                "n_epochs",
                OPTIONAL,
                one_of(check_fine_tuning_job_hyperparameters_n_epochs_type_0, int),
            ),
        )
