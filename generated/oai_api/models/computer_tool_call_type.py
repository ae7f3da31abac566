from typing import Literal

ComputerToolCallType = Literal["computer_call"]

COMPUTER_TOOL_CALL_TYPE_VALUES: set[ComputerToolCallType] = {
    "computer_call",
}


def check_computer_tool_call_type(value: str) -> ComputerToolCallType:
    if value in COMPUTER_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_TYPE_VALUES!r}"
    )
