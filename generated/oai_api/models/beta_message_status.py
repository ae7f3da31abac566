from typing import Literal

BetaMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_MESSAGE_STATUS_VALUES: set[BetaMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_message_status(value: str) -> BetaMessageStatus:
    if value in BETA_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MESSAGE_STATUS_VALUES!r}"
    )
