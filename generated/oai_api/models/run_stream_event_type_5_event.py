from typing import Literal

RunStreamEventType5Event = Literal["thread.run.incomplete"]

RUN_STREAM_EVENT_TYPE_5_EVENT_VALUES: set[RunStreamEventType5Event] = {
    "thread.run.incomplete",
}


def check_run_stream_event_type_5_event(value: str) -> RunStreamEventType5Event:
    if value in RUN_STREAM_EVENT_TYPE_5_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_5_EVENT_VALUES!r}"
    )
