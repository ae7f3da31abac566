from typing import Literal

ResponseIncompleteEventType = Literal["response.incomplete"]

RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES: set[ResponseIncompleteEventType] = {
    "response.incomplete",
}


def check_response_incomplete_event_type(value: str) -> ResponseIncompleteEventType:
    if value in RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES!r}"
    )
