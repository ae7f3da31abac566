from typing import Literal

FineTuningJobStatus = Literal[
    "cancelled", "failed", "queued", "running", "succeeded", "validating_files"
]

FINE_TUNING_JOB_STATUS_VALUES: set[FineTuningJobStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
    "validating_files",
}


def check_fine_tuning_job_status(value: str) -> FineTuningJobStatus:
    if value in FINE_TUNING_JOB_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_JOB_STATUS_VALUES!r}"
    )
