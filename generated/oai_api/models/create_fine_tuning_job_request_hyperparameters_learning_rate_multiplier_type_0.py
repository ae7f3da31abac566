from typing import Literal

CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0 = Literal["auto"]

CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES: set[
    CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0
] = {
    "auto",
}


def check_create_fine_tuning_job_request_hyperparameters_learning_rate_multiplier_type_0(
    value: str,
) -> CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0:
    if (
        value
        in CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_LEARNING_RATE_MULTIPLIER_TYPE_0_VALUES!r}"
    )
