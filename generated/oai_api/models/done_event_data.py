from typing import Literal

DoneEventData = Literal["[DONE]"]

DONE_EVENT_DATA_VALUES: set[DoneEventData] = {
    "[DONE]",
}


def check_done_event_data(value: str) -> DoneEventData:
    if value in DONE_EVENT_DATA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DONE_EVENT_DATA_VALUES!r}"
    )
