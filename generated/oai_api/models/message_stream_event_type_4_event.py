from typing import Literal

MessageStreamEventType4Event = Literal["thread.message.incomplete"]

MESSAGE_STREAM_EVENT_TYPE_4_EVENT_VALUES: set[MessageStreamEventType4Event] = {
    "thread.message.incomplete",
}


def check_message_stream_event_type_4_event(value: str) -> MessageStreamEventType4Event:
    if value in MESSAGE_STREAM_EVENT_TYPE_4_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STREAM_EVENT_TYPE_4_EVENT_VALUES!r}"
    )
