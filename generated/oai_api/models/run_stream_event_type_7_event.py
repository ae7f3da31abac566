from typing import Literal

RunStreamEventType7Event = Literal["thread.run.cancelling"]

RUN_STREAM_EVENT_TYPE_7_EVENT_VALUES: set[RunStreamEventType7Event] = {
    "thread.run.cancelling",
}


def check_run_stream_event_type_7_event(value: str) -> RunStreamEventType7Event:
    if value in RUN_STREAM_EVENT_TYPE_7_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_7_EVENT_VALUES!r}"
    )
