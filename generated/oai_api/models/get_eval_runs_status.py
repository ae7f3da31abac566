from typing import Literal

GetEvalRunsStatus = Literal["canceled", "completed", "failed", "in_progress", "queued"]

GET_EVAL_RUNS_STATUS_VALUES: set[GetEvalRunsStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "queued",
}


def check_get_eval_runs_status(value: str) -> GetEvalRunsStatus:
    if value in GET_EVAL_RUNS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EVAL_RUNS_STATUS_VALUES!r}"
    )
