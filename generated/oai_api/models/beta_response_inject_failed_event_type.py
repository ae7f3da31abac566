from typing import Literal

BetaResponseInjectFailedEventType = Literal["response.inject.failed"]

BETA_RESPONSE_INJECT_FAILED_EVENT_TYPE_VALUES: set[
    BetaResponseInjectFailedEventType
] = {
    "response.inject.failed",
}


def check_beta_response_inject_failed_event_type(
    value: str,
) -> BetaResponseInjectFailedEventType:
    if value in BETA_RESPONSE_INJECT_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INJECT_FAILED_EVENT_TYPE_VALUES!r}"
    )
