from typing import Literal

MessageDeltaObjectDeltaRole = Literal["assistant", "user"]

MESSAGE_DELTA_OBJECT_DELTA_ROLE_VALUES: set[MessageDeltaObjectDeltaRole] = {
    "assistant",
    "user",
}


def check_message_delta_object_delta_role(value: str) -> MessageDeltaObjectDeltaRole:
    if value in MESSAGE_DELTA_OBJECT_DELTA_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_OBJECT_DELTA_ROLE_VALUES!r}"
    )
