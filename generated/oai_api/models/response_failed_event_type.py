from typing import Literal

ResponseFailedEventType = Literal["response.failed"]

RESPONSE_FAILED_EVENT_TYPE_VALUES: set[ResponseFailedEventType] = {
    "response.failed",
}


def check_response_failed_event_type(value: str) -> ResponseFailedEventType:
    if value in RESPONSE_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FAILED_EVENT_TYPE_VALUES!r}"
    )
