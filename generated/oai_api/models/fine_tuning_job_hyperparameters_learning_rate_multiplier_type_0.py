from typing import Literal

FineTuningJobHyperparametersLearningRateMultiplierType0 = Literal["auto"]

FINE_TUNING_JOB_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES: set[
    FineTuningJobHyperparametersLearningRateMultiplierType0
] = {
    "auto",
}


def check_fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0(
    value: str,
) -> FineTuningJobHyperparametersLearningRateMultiplierType0:
    if value in FINE_TUNING_JOB_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES!r}"
    )
