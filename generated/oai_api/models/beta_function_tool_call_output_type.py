from typing import Literal

BetaFunctionToolCallOutputType = Literal["function_call_output"]

BETA_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES: set[BetaFunctionToolCallOutputType] = {
    "function_call_output",
}


def check_beta_function_tool_call_output_type(
    value: str,
) -> BetaFunctionToolCallOutputType:
    if value in BETA_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
