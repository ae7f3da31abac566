from typing import Literal

FineTuneReinforcementHyperparametersEvalIntervalType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_INTERVAL_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersEvalIntervalType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_eval_interval_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersEvalIntervalType0:
    if value in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_INTERVAL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_INTERVAL_TYPE_0_VALUES!r}"
    )
