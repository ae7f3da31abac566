from typing import Literal

ErrorEventEvent = Literal["error"]

ERROR_EVENT_EVENT_VALUES: set[ErrorEventEvent] = {
    "error",
}


def check_error_event_event(value: str) -> ErrorEventEvent:
    if value in ERROR_EVENT_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERROR_EVENT_EVENT_VALUES!r}"
    )
