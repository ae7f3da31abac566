from typing import Literal

FineTuningJobHyperparametersNEpochsType0 = Literal["auto"]

FINE_TUNING_JOB_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES: set[
    FineTuningJobHyperparametersNEpochsType0
] = {
    "auto",
}


def check_fine_tuning_job_hyperparameters_n_epochs_type_0(
    value: str,
) -> FineTuningJobHyperparametersNEpochsType0:
    if value in FINE_TUNING_JOB_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES!r}"
    )
