from typing import Literal

BetaInputMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_INPUT_MESSAGE_STATUS_VALUES: set[BetaInputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_input_message_status(value: str) -> BetaInputMessageStatus:
    if value in BETA_INPUT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_MESSAGE_STATUS_VALUES!r}"
    )
