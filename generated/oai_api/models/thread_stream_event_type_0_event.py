from typing import Literal

ThreadStreamEventType0Event = Literal["thread.created"]

THREAD_STREAM_EVENT_TYPE_0_EVENT_VALUES: set[ThreadStreamEventType0Event] = {
    "thread.created",
}


def check_thread_stream_event_type_0_event(value: str) -> ThreadStreamEventType0Event:
    if value in THREAD_STREAM_EVENT_TYPE_0_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_STREAM_EVENT_TYPE_0_EVENT_VALUES!r}"
    )
