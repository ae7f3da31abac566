from typing import Literal

FineTuneDPOHyperparametersLearningRateMultiplierType0 = Literal["auto"]

FINE_TUNE_DPO_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES: set[
    FineTuneDPOHyperparametersLearningRateMultiplierType0
] = {
    "auto",
}


def check_fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0(
    value: str,
) -> FineTuneDPOHyperparametersLearningRateMultiplierType0:
    if value in FINE_TUNE_DPO_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_DPO_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES!r}"
    )
