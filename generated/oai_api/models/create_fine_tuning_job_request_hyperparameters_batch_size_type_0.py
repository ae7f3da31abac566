from typing import Literal

CreateFineTuningJobRequestHyperparametersBatchSizeType0 = Literal["auto"]

CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES: set[
    CreateFineTuningJobRequestHyperparametersBatchSizeType0
] = {
    "auto",
}


def check_create_fine_tuning_job_request_hyperparameters_batch_size_type_0(
    value: str,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeType0:
    if value in CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES!r}"
    )
