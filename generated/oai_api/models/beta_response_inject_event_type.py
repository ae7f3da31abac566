from typing import Literal

BetaResponseInjectEventType = Literal["response.inject"]

BETA_RESPONSE_INJECT_EVENT_TYPE_VALUES: set[BetaResponseInjectEventType] = {
    "response.inject",
}


def check_beta_response_inject_event_type(value: str) -> BetaResponseInjectEventType:
    if value in BETA_RESPONSE_INJECT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INJECT_EVENT_TYPE_VALUES!r}"
    )
