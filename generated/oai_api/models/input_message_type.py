from typing import Literal

InputMessageType = Literal["message"]

INPUT_MESSAGE_TYPE_VALUES: set[InputMessageType] = {
    "message",
}


def check_input_message_type(value: str) -> InputMessageType:
    if value in INPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_TYPE_VALUES!r}"
    )
