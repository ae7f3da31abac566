from typing import Literal

RunStreamEventType6Event = Literal["thread.run.failed"]

RUN_STREAM_EVENT_TYPE_6_EVENT_VALUES: set[RunStreamEventType6Event] = {
    "thread.run.failed",
}


def check_run_stream_event_type_6_event(value: str) -> RunStreamEventType6Event:
    if value in RUN_STREAM_EVENT_TYPE_6_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_6_EVENT_VALUES!r}"
    )
