from typing import Literal

MessageObjectStatus = Literal["completed", "in_progress", "incomplete"]

MESSAGE_OBJECT_STATUS_VALUES: set[MessageObjectStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_message_object_status(value: str) -> MessageObjectStatus:
    if value in MESSAGE_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_OBJECT_STATUS_VALUES!r}"
    )
