from typing import Literal

BetaResponseIncompleteEventType = Literal["response.incomplete"]

BETA_RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES: set[BetaResponseIncompleteEventType] = {
    "response.incomplete",
}


def check_beta_response_incomplete_event_type(
    value: str,
) -> BetaResponseIncompleteEventType:
    if value in BETA_RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES!r}"
    )
