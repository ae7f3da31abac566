from typing import Literal

MessageStreamEventType3Event = Literal["thread.message.completed"]

MESSAGE_STREAM_EVENT_TYPE_3_EVENT_VALUES: set[MessageStreamEventType3Event] = {
    "thread.message.completed",
}


def check_message_stream_event_type_3_event(value: str) -> MessageStreamEventType3Event:
    if value in MESSAGE_STREAM_EVENT_TYPE_3_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STREAM_EVENT_TYPE_3_EVENT_VALUES!r}"
    )
