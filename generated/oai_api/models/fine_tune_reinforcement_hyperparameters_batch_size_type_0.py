from typing import Literal

FineTuneReinforcementHyperparametersBatchSizeType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersBatchSizeType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_batch_size_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersBatchSizeType0:
    if value in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES!r}"
    )
