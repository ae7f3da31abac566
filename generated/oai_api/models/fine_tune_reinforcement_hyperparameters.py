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
from ..models.fine_tune_reinforcement_hyperparameters_batch_size_type_0 import (
    FineTuneReinforcementHyperparametersBatchSizeType0,
    check_fine_tune_reinforcement_hyperparameters_batch_size_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0 import (
    FineTuneReinforcementHyperparametersComputeMultiplierType0,
    check_fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_eval_interval_type_0 import (
    FineTuneReinforcementHyperparametersEvalIntervalType0,
    check_fine_tune_reinforcement_hyperparameters_eval_interval_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_eval_samples_type_0 import (
    FineTuneReinforcementHyperparametersEvalSamplesType0,
    check_fine_tune_reinforcement_hyperparameters_eval_samples_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0 import (
    FineTuneReinforcementHyperparametersLearningRateMultiplierType0,
    check_fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_n_epochs_type_0 import (
    FineTuneReinforcementHyperparametersNEpochsType0,
    check_fine_tune_reinforcement_hyperparameters_n_epochs_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort,
    check_fine_tune_reinforcement_hyperparameters_reasoning_effort,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuneReinforcementHyperparameters(_OpenModel):
    """Tuning knobs for reinforcement fine-tuning."""

    batch_size: FineTuneReinforcementHyperparametersBatchSizeType0 | int | None = None
    """ Examples per training batch, or `auto`; bigger batches mean fewer, steadier parameter updates. """
    learning_rate_multiplier: (
        FineTuneReinforcementHyperparametersLearningRateMultiplierType0 | float | None
    ) = None
    """ Multiplier applied to the base learning rate, or `auto`; lowering it can reduce overfitting. """
    n_epochs: FineTuneReinforcementHyperparametersNEpochsType0 | int | None = None
    """ How many full passes over the training data to make, or `auto`. """
    reasoning_effort: FineTuneReinforcementHyperparametersReasoningEffort | None = None
    """ How hard the model reasons during training: `default`, `low`, `medium` or `high`. """
    compute_multiplier: (
        FineTuneReinforcementHyperparametersComputeMultiplierType0 | float | None
    ) = None
    """ Scales the compute spent exploring the search space while training, or `auto`. """
    eval_interval: (
        FineTuneReinforcementHyperparametersEvalIntervalType0 | int | None
    ) = None
    """ How often to evaluate, in training steps; `auto` lets the service choose. """
    eval_samples: FineTuneReinforcementHyperparametersEvalSamplesType0 | int | None = (
        None
    )
    """ How many eval samples to produce per training step; `auto` lets the service choose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "batch_size",
        "compute_multiplier",
        "eval_interval",
        "eval_samples",
        "learning_rate_multiplier",
        "n_epochs",
        "reasoning_effort",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "batch_size",
                "batch_size",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_batch_size_type_0, int
                ),
            ),
            (
                "learning_rate_multiplier",
                "learning_rate_multiplier",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0,
                    float,
                ),
            ),
            (
                "n_epochs",
                "n_epochs",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_n_epochs_type_0, int
                ),
            ),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL,
                check_fine_tune_reinforcement_hyperparameters_reasoning_effort,
            ),
            (
                "compute_multiplier",
                "compute_multiplier",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0,
                    float,
                ),
            ),
            (
                "eval_interval",
                "eval_interval",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_eval_interval_type_0,
                    int,
                ),
            ),
            (
                "eval_samples",
                "eval_samples",
                OPTIONAL,
                one_of(
                    check_fine_tune_reinforcement_hyperparameters_eval_samples_type_0,
                    int,
                ),
            ),
        )
