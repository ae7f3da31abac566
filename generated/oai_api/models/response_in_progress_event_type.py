from typing import Literal

ResponseInProgressEventType = Literal["response.in_progress"]

RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES: set[ResponseInProgressEventType] = {
    "response.in_progress",
}


def check_response_in_progress_event_type(value: str) -> ResponseInProgressEventType:
    if value in RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
