from typing import Literal

BetaComputerToolCallOutputResourceType = Literal["computer_call_output"]

BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES: set[
    BetaComputerToolCallOutputResourceType
] = {
    "computer_call_output",
}


def check_beta_computer_tool_call_output_resource_type(
    value: str,
) -> BetaComputerToolCallOutputResourceType:
    if value in BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES!r}"
    )
