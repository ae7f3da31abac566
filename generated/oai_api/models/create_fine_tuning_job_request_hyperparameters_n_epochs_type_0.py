from typing import Literal

CreateFineTuningJobRequestHyperparametersNEpochsType0 = Literal["auto"]

CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES: set[
    CreateFineTuningJobRequestHyperparametersNEpochsType0
] = {
    "auto",
}


def check_create_fine_tuning_job_request_hyperparameters_n_epochs_type_0(
    value: str,
) -> CreateFineTuningJobRequestHyperparametersNEpochsType0:
    if value in CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES!r}"
    )
