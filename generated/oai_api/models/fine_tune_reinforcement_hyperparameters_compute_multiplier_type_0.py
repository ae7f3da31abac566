from typing import Literal

FineTuneReinforcementHyperparametersComputeMultiplierType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_COMPUTE_MULTIPLIER_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersComputeMultiplierType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersComputeMultiplierType0:
    if (
        value
        in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_COMPUTE_MULTIPLIER_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_COMPUTE_MULTIPLIER_TYPE_0_VALUES!r}"
    )
