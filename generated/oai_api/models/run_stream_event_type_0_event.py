from typing import Literal

RunStreamEventType0Event = Literal["thread.run.created"]

RUN_STREAM_EVENT_TYPE_0_EVENT_VALUES: set[RunStreamEventType0Event] = {
    "thread.run.created",
}


def check_run_stream_event_type_0_event(value: str) -> RunStreamEventType0Event:
    if value in RUN_STREAM_EVENT_TYPE_0_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_0_EVENT_VALUES!r}"
    )
