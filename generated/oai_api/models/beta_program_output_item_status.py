from typing import Literal

BetaProgramOutputItemStatus = Literal["completed", "incomplete"]

BETA_PROGRAM_OUTPUT_ITEM_STATUS_VALUES: set[BetaProgramOutputItemStatus] = {
    "completed",
    "incomplete",
}


def check_beta_program_output_item_status(value: str) -> BetaProgramOutputItemStatus:
    if value in BETA_PROGRAM_OUTPUT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_OUTPUT_ITEM_STATUS_VALUES!r}"
    )
