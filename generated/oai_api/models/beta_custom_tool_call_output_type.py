from typing import Literal

BetaCustomToolCallOutputType = Literal["custom_tool_call_output"]

BETA_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES: set[BetaCustomToolCallOutputType] = {
    "custom_tool_call_output",
}


def check_beta_custom_tool_call_output_type(value: str) -> BetaCustomToolCallOutputType:
    if value in BETA_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
