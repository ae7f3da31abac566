from typing import Literal

MessageObjectObject = Literal["thread.message"]

MESSAGE_OBJECT_OBJECT_VALUES: set[MessageObjectObject] = {
    "thread.message",
}


def check_message_object_object(value: str) -> MessageObjectObject:
    if value in MESSAGE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_OBJECT_OBJECT_VALUES!r}"
    )
