from typing import Literal

BetaResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete", "queued"
]

BETA_RESPONSE_STATUS_VALUES: set[BetaResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_beta_response_status(value: str) -> BetaResponseStatus:
    if value in BETA_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_STATUS_VALUES!r}"
    )
