from typing import Literal

OutputMessageStatus = Literal["completed", "in_progress", "incomplete"]

OUTPUT_MESSAGE_STATUS_VALUES: set[OutputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_output_message_status(value: str) -> OutputMessageStatus:
    if value in OUTPUT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_STATUS_VALUES!r}"
    )
