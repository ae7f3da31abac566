from typing import Literal

BetaResponseInProgressEventType = Literal["response.in_progress"]

BETA_RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES: set[BetaResponseInProgressEventType] = {
    "response.in_progress",
}


def check_beta_response_in_progress_event_type(
    value: str,
) -> BetaResponseInProgressEventType:
    if value in BETA_RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
