from typing import Literal

ResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete", "queued"
]

RESPONSE_STATUS_VALUES: set[ResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_response_status(value: str) -> ResponseStatus:
    if value in RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_STATUS_VALUES!r}"
    )
