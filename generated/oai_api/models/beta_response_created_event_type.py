from typing import Literal

BetaResponseCreatedEventType = Literal["response.created"]

BETA_RESPONSE_CREATED_EVENT_TYPE_VALUES: set[BetaResponseCreatedEventType] = {
    "response.created",
}


def check_beta_response_created_event_type(value: str) -> BetaResponseCreatedEventType:
    if value in BETA_RESPONSE_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CREATED_EVENT_TYPE_VALUES!r}"
    )
