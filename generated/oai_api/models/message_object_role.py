from typing import Literal

MessageObjectRole = Literal["assistant", "user"]

MESSAGE_OBJECT_ROLE_VALUES: set[MessageObjectRole] = {
    "assistant",
    "user",
}


def check_message_object_role(value: str) -> MessageObjectRole:
    if value in MESSAGE_OBJECT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_OBJECT_ROLE_VALUES!r}"
    )
