from typing import Literal

BetaResponseErrorEventType = Literal["error"]

BETA_RESPONSE_ERROR_EVENT_TYPE_VALUES: set[BetaResponseErrorEventType] = {
    "error",
}


def check_beta_response_error_event_type(value: str) -> BetaResponseErrorEventType:
    if value in BETA_RESPONSE_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_ERROR_EVENT_TYPE_VALUES!r}"
    )
