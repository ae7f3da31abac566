from typing import Literal

BetaComputerToolCallType = Literal["computer_call"]

BETA_COMPUTER_TOOL_CALL_TYPE_VALUES: set[BetaComputerToolCallType] = {
    "computer_call",
}


def check_beta_computer_tool_call_type(value: str) -> BetaComputerToolCallType:
    if value in BETA_COMPUTER_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_TYPE_VALUES!r}"
    )
