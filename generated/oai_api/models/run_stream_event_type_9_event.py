from typing import Literal

RunStreamEventType9Event = Literal["thread.run.expired"]

RUN_STREAM_EVENT_TYPE_9_EVENT_VALUES: set[RunStreamEventType9Event] = {
    "thread.run.expired",
}


def check_run_stream_event_type_9_event(value: str) -> RunStreamEventType9Event:
    if value in RUN_STREAM_EVENT_TYPE_9_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_9_EVENT_VALUES!r}"
    )
