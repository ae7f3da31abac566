from typing import Literal

MessageDeltaObjectObject = Literal["thread.message.delta"]

MESSAGE_DELTA_OBJECT_OBJECT_VALUES: set[MessageDeltaObjectObject] = {
    "thread.message.delta",
}


def check_message_delta_object_object(value: str) -> MessageDeltaObjectObject:
    if value in MESSAGE_DELTA_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_OBJECT_OBJECT_VALUES!r}"
    )
