from typing import Literal

ResponseCreatedEventType = Literal["response.created"]

RESPONSE_CREATED_EVENT_TYPE_VALUES: set[ResponseCreatedEventType] = {
    "response.created",
}


def check_response_created_event_type(value: str) -> ResponseCreatedEventType:
    if value in RESPONSE_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CREATED_EVENT_TYPE_VALUES!r}"
    )
