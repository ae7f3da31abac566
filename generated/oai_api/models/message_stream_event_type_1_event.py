from typing import Literal

MessageStreamEventType1Event = Literal["thread.message.in_progress"]

MESSAGE_STREAM_EVENT_TYPE_1_EVENT_VALUES: set[MessageStreamEventType1Event] = {
    "thread.message.in_progress",
}


def check_message_stream_event_type_1_event(value: str) -> MessageStreamEventType1Event:
    if value in MESSAGE_STREAM_EVENT_TYPE_1_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STREAM_EVENT_TYPE_1_EVENT_VALUES!r}"
    )
