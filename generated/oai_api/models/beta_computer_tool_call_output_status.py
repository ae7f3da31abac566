from typing import Literal

BetaComputerToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

BETA_COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES: set[BetaComputerToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_output_status(
    value: str,
) -> BetaComputerToolCallOutputStatus:
    if value in BETA_COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES!r}"
    )
