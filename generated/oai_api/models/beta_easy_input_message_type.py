from typing import Literal

BetaEasyInputMessageType = Literal["message"]

BETA_EASY_INPUT_MESSAGE_TYPE_VALUES: set[BetaEasyInputMessageType] = {
    "message",
}


def check_beta_easy_input_message_type(value: str) -> BetaEasyInputMessageType:
    if value in BETA_EASY_INPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_EASY_INPUT_MESSAGE_TYPE_VALUES!r}"
    )
