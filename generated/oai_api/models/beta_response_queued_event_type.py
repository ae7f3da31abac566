from typing import Literal

BetaResponseQueuedEventType = Literal["response.queued"]

BETA_RESPONSE_QUEUED_EVENT_TYPE_VALUES: set[BetaResponseQueuedEventType] = {
    "response.queued",
}


def check_beta_response_queued_event_type(value: str) -> BetaResponseQueuedEventType:
    if value in BETA_RESPONSE_QUEUED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_QUEUED_EVENT_TYPE_VALUES!r}"
    )
