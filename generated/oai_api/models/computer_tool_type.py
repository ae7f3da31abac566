from typing import Literal

ComputerToolType = Literal["computer"]

COMPUTER_TOOL_TYPE_VALUES: set[ComputerToolType] = {
    "computer",
}


def check_computer_tool_type(value: str) -> ComputerToolType:
    if value in COMPUTER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_TYPE_VALUES!r}"
    )
