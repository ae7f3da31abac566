from typing import Literal

BetaComputerToolCallOutputType = Literal["computer_call_output"]

BETA_COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES: set[BetaComputerToolCallOutputType] = {
    "computer_call_output",
}


def check_beta_computer_tool_call_output_type(
    value: str,
) -> BetaComputerToolCallOutputType:
    if value in BETA_COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
