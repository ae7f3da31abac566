from typing import Literal

BetaResponseInjectCreatedEventType = Literal["response.inject.created"]

BETA_RESPONSE_INJECT_CREATED_EVENT_TYPE_VALUES: set[
    BetaResponseInjectCreatedEventType
] = {
    "response.inject.created",
}


def check_beta_response_inject_created_event_type(
    value: str,
) -> BetaResponseInjectCreatedEventType:
    if value in BETA_RESPONSE_INJECT_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INJECT_CREATED_EVENT_TYPE_VALUES!r}"
    )
