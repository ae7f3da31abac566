from typing import Literal

BetaResponseFailedEventType = Literal["response.failed"]

BETA_RESPONSE_FAILED_EVENT_TYPE_VALUES: set[BetaResponseFailedEventType] = {
    "response.failed",
}


def check_beta_response_failed_event_type(value: str) -> BetaResponseFailedEventType:
    if value in BETA_RESPONSE_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FAILED_EVENT_TYPE_VALUES!r}"
    )
