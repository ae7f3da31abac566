from typing import Literal

FineTuningJobEventObject = Literal["fine_tuning.job.event"]

FINE_TUNING_JOB_EVENT_OBJECT_VALUES: set[FineTuningJobEventObject] = {
    "fine_tuning.job.event",
}


def check_fine_tuning_job_event_object(value: str) -> FineTuningJobEventObject:
    if value in FINE_TUNING_JOB_EVENT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_EVENT_OBJECT_VALUES!r}"
    )
