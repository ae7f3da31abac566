from typing import Literal

RunStreamEventType2Event = Literal["thread.run.in_progress"]

RUN_STREAM_EVENT_TYPE_2_EVENT_VALUES: set[RunStreamEventType2Event] = {
    "thread.run.in_progress",
}


def check_run_stream_event_type_2_event(value: str) -> RunStreamEventType2Event:
    if value in RUN_STREAM_EVENT_TYPE_2_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_2_EVENT_VALUES!r}"
    )
