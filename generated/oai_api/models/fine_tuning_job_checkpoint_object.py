from typing import Literal

FineTuningJobCheckpointObject = Literal["fine_tuning.job.checkpoint"]

FINE_TUNING_JOB_CHECKPOINT_OBJECT_VALUES: set[FineTuningJobCheckpointObject] = {
    "fine_tuning.job.checkpoint",
}


def check_fine_tuning_job_checkpoint_object(
    value: str,
) -> FineTuningJobCheckpointObject:
    if value in FINE_TUNING_JOB_CHECKPOINT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_CHECKPOINT_OBJECT_VALUES!r}"
    )
