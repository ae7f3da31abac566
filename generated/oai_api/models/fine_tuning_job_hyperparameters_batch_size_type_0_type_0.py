from typing import Literal

FineTuningJobHyperparametersBatchSizeType0Type0 = Literal["auto"]

FINE_TUNING_JOB_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_TYPE_0_VALUES: set[
    FineTuningJobHyperparametersBatchSizeType0Type0
] = {
    "auto",
}


def check_fine_tuning_job_hyperparameters_batch_size_type_0_type_0(
    value: str,
) -> FineTuningJobHyperparametersBatchSizeType0Type0:
    if value in FINE_TUNING_JOB_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_TYPE_0_VALUES!r}"
    )
