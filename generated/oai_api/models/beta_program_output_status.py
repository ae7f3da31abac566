from typing import Literal

BetaProgramOutputStatus = Literal["completed", "incomplete"]

BETA_PROGRAM_OUTPUT_STATUS_VALUES: set[BetaProgramOutputStatus] = {
    "completed",
    "incomplete",
}


def check_beta_program_output_status(value: str) -> BetaProgramOutputStatus:
    if value in BETA_PROGRAM_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_OUTPUT_STATUS_VALUES!r}"
    )
