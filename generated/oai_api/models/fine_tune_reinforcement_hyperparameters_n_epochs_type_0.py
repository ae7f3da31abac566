from typing import Literal

FineTuneReinforcementHyperparametersNEpochsType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersNEpochsType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_n_epochs_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersNEpochsType0:
    if value in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES!r}"
    )
