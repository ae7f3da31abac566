from typing import Literal

BetaOutputMessageType = Literal["message"]

BETA_OUTPUT_MESSAGE_TYPE_VALUES: set[BetaOutputMessageType] = {
    "message",
}


def check_beta_output_message_type(value: str) -> BetaOutputMessageType:
    if value in BETA_OUTPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_MESSAGE_TYPE_VALUES!r}"
    )
