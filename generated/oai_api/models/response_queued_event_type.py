from typing import Literal

ResponseQueuedEventType = Literal["response.queued"]

RESPONSE_QUEUED_EVENT_TYPE_VALUES: set[ResponseQueuedEventType] = {
    "response.queued",
}


def check_response_queued_event_type(value: str) -> ResponseQueuedEventType:
    if value in RESPONSE_QUEUED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_QUEUED_EVENT_TYPE_VALUES!r}"
    )
