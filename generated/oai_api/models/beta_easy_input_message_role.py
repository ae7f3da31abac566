from typing import Literal

BetaEasyInputMessageRole = Literal["assistant", "developer", "system", "user"]

BETA_EASY_INPUT_MESSAGE_ROLE_VALUES: set[BetaEasyInputMessageRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_beta_easy_input_message_role(value: str) -> BetaEasyInputMessageRole:
    if value in BETA_EASY_INPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_EASY_INPUT_MESSAGE_ROLE_VALUES!r}"
    )
