from typing import Literal

FineTuneReinforcementHyperparametersLearningRateMultiplierType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersLearningRateMultiplierType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersLearningRateMultiplierType0:
    if (
        value
        in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES!r}"
    )
