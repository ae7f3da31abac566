from typing import Literal

BetaResponseCompletedEventType = Literal["response.completed"]

BETA_RESPONSE_COMPLETED_EVENT_TYPE_VALUES: set[BetaResponseCompletedEventType] = {
    "response.completed",
}


def check_beta_response_completed_event_type(
    value: str,
) -> BetaResponseCompletedEventType:
    if value in BETA_RESPONSE_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
