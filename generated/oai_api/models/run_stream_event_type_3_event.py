from typing import Literal

RunStreamEventType3Event = Literal["thread.run.requires_action"]

RUN_STREAM_EVENT_TYPE_3_EVENT_VALUES: set[RunStreamEventType3Event] = {
    "thread.run.requires_action",
}


def check_run_stream_event_type_3_event(value: str) -> RunStreamEventType3Event:
    if value in RUN_STREAM_EVENT_TYPE_3_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STREAM_EVENT_TYPE_3_EVENT_VALUES!r}"
    )
