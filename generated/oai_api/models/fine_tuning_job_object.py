from typing import Literal

FineTuningJobObject = Literal["fine_tuning.job"]

FINE_TUNING_JOB_OBJECT_VALUES: set[FineTuningJobObject] = {
    "fine_tuning.job",
}


def check_fine_tuning_job_object(value: str) -> FineTuningJobObject:
    if value in FINE_TUNING_JOB_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_OBJECT_VALUES!r}"
    )
