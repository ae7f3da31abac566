from typing import Literal

BetaMessageRole = Literal[
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
]

BETA_MESSAGE_ROLE_VALUES: set[BetaMessageRole] = {
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
}


def check_beta_message_role(value: str) -> BetaMessageRole:
    if value in BETA_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MESSAGE_ROLE_VALUES!r}"
    )
