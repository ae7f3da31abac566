from typing import Literal

RunStreamEventType4Event = Literal["thread.run.completed"]

RUN_STREAM_EVENT_TYPE_4_EVENT_VALUES: set[RunStreamEventType4Event] = {
    "thread.run.completed",
}


def check_run_stream_event_type_4_event(value: str) -> RunStreamEventType4Event:
    if value in RUN_STREAM_EVENT_TYPE_4_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_4_EVENT_VALUES!r}"
    )
