from typing import Literal

BetaComputerCallOutputStatus = Literal["completed", "failed", "incomplete"]

BETA_COMPUTER_CALL_OUTPUT_STATUS_VALUES: set[BetaComputerCallOutputStatus] = {
    "completed",
    "failed",
    "incomplete",
}


def check_beta_computer_call_output_status(value: str) -> BetaComputerCallOutputStatus:
    if value in BETA_COMPUTER_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_CALL_OUTPUT_STATUS_VALUES!r}"
    )
