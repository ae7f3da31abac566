from typing import Literal

BetaComputerToolType = Literal["computer"]

BETA_COMPUTER_TOOL_TYPE_VALUES: set[BetaComputerToolType] = {
    "computer",
}


def check_beta_computer_tool_type(value: str) -> BetaComputerToolType:
    if value in BETA_COMPUTER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_TYPE_VALUES!r}"
    )
