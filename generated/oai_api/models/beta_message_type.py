from typing import Literal

BetaMessageType = Literal["message"]

BETA_MESSAGE_TYPE_VALUES: set[BetaMessageType] = {
    "message",
}


def check_beta_message_type(value: str) -> BetaMessageType:
    if value in BETA_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MESSAGE_TYPE_VALUES!r}"
    )
