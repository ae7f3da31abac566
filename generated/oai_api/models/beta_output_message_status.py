from typing import Literal

BetaOutputMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_OUTPUT_MESSAGE_STATUS_VALUES: set[BetaOutputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_output_message_status(value: str) -> BetaOutputMessageStatus:
    if value in BETA_OUTPUT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_MESSAGE_STATUS_VALUES!r}"
    )
