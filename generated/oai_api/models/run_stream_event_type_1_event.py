from typing import Literal

RunStreamEventType1Event = Literal["thread.run.queued"]

RUN_STREAM_EVENT_TYPE_1_EVENT_VALUES: set[RunStreamEventType1Event] = {
    "thread.run.queued",
}


def check_run_stream_event_type_1_event(value: str) -> RunStreamEventType1Event:
    if value in RUN_STREAM_EVENT_TYPE_1_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_1_EVENT_VALUES!r}"
    )
