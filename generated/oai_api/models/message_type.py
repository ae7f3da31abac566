from typing import Literal

MessageType = Literal["message"]

MESSAGE_TYPE_VALUES: set[MessageType] = {
    "message",
}


def check_message_type(value: str) -> MessageType:
    if value in MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TYPE_VALUES!r}"
    )
