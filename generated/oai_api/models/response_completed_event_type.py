from typing import Literal

ResponseCompletedEventType = Literal["response.completed"]

RESPONSE_COMPLETED_EVENT_TYPE_VALUES: set[ResponseCompletedEventType] = {
    "response.completed",
}


def check_response_completed_event_type(value: str) -> ResponseCompletedEventType:
    if value in RESPONSE_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
