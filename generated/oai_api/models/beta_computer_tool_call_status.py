from typing import Literal

BetaComputerToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_COMPUTER_TOOL_CALL_STATUS_VALUES: set[BetaComputerToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_status(value: str) -> BetaComputerToolCallStatus:
    if value in BETA_COMPUTER_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_STATUS_VALUES!r}"
    )
