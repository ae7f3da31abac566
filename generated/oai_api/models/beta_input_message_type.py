from typing import Literal

BetaInputMessageType = Literal["message"]

BETA_INPUT_MESSAGE_TYPE_VALUES: set[BetaInputMessageType] = {
    "message",
}


def check_beta_input_message_type(value: str) -> BetaInputMessageType:
    if value in BETA_INPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_MESSAGE_TYPE_VALUES!r}"
    )
