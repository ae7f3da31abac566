from typing import Literal

ComputerToolCallOutputResourceStatus = Literal[
    "completed", "failed", "in_progress", "incomplete"
]

COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[
    ComputerToolCallOutputResourceStatus
] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_output_resource_status(
    value: str,
) -> ComputerToolCallOutputResourceStatus:
    if value in COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES!r}"
    )
