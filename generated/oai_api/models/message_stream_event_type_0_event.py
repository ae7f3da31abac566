from typing import Literal

MessageStreamEventType0Event = Literal["thread.message.created"]

MESSAGE_STREAM_EVENT_TYPE_0_EVENT_VALUES: set[MessageStreamEventType0Event] = {
    "thread.message.created",
}


def check_message_stream_event_type_0_event(value: str) -> MessageStreamEventType0Event:
    if value in MESSAGE_STREAM_EVENT_TYPE_0_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STREAM_EVENT_TYPE_0_EVENT_VALUES!r}"
    )
