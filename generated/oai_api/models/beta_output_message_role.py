from typing import Literal

BetaOutputMessageRole = Literal["assistant"]

BETA_OUTPUT_MESSAGE_ROLE_VALUES: set[BetaOutputMessageRole] = {
    "assistant",
}


def check_beta_output_message_role(value: str) -> BetaOutputMessageRole:
    if value in BETA_OUTPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_MESSAGE_ROLE_VALUES!r}"
    )
