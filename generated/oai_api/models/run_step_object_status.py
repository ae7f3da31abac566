from typing import Literal

RunStepObjectStatus = Literal[
    "cancelled", "completed", "expired", "failed", "in_progress"
]

RUN_STEP_OBJECT_STATUS_VALUES: set[RunStepObjectStatus] = {
    "cancelled",
    "completed",
    "expired",
    "failed",
    "in_progress",
}


def check_run_step_object_status(value: str) -> RunStepObjectStatus:
    if value in RUN_STEP_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_OBJECT_STATUS_VALUES!r}"
    )
