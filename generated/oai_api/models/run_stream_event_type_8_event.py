from typing import Literal

RunStreamEventType8Event = Literal["thread.run.cancelled"]

RUN_STREAM_EVENT_TYPE_8_EVENT_VALUES: set[RunStreamEventType8Event] = {
    "thread.run.cancelled",
}


def check_run_stream_event_type_8_event(value: str) -> RunStreamEventType8Event:
    if value in RUN_STREAM_EVENT_TYPE_8_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_8_EVENT_VALUES!r}"
    )
