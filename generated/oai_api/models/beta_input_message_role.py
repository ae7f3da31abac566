from typing import Literal

BetaInputMessageRole = Literal["developer", "system", "user"]

BETA_INPUT_MESSAGE_ROLE_VALUES: set[BetaInputMessageRole] = {
    "developer",
    "system",
    "user",
}


def check_beta_input_message_role(value: str) -> BetaInputMessageRole:
    if value in BETA_INPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_MESSAGE_ROLE_VALUES!r}"
    )
