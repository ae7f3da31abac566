from typing import Literal

MessageStreamEventType2Event = Literal["thread.message.delta"]

MESSAGE_STREAM_EVENT_TYPE_2_EVENT_VALUES: set[MessageStreamEventType2Event] = {
    "thread.message.delta",
}


def check_message_stream_event_type_2_event(value: str) -> MessageStreamEventType2Event:
    if value in MESSAGE_STREAM_EVENT_TYPE_2_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STREAM_EVENT_TYPE_2_EVENT_VALUES!r}"
    )
