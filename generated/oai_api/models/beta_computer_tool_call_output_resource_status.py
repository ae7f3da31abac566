from typing import Literal

BetaComputerToolCallOutputResourceStatus = Literal[
    "completed", "failed", "in_progress", "incomplete"
]

BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[
    BetaComputerToolCallOutputResourceStatus
] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_output_resource_status(
    value: str,
) -> BetaComputerToolCallOutputResourceStatus:
    if value in BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES!r}"
    )
