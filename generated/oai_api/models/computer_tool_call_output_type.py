from typing import Literal

ComputerToolCallOutputType = Literal["computer_call_output"]

COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES: set[ComputerToolCallOutputType] = {
    "computer_call_output",
}


def check_computer_tool_call_output_type(value: str) -> ComputerToolCallOutputType:
    if value in COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
