from typing import Literal

DoneEventEvent = Literal["done"]

DONE_EVENT_EVENT_VALUES: set[DoneEventEvent] = {
    "done",
}


def check_done_event_event(value: str) -> DoneEventEvent:
    if value in DONE_EVENT_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DONE_EVENT_EVENT_VALUES!r}"
    )
