from typing import Literal

BetaFunctionToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES: set[BetaFunctionToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_output_status(
    value: str,
) -> BetaFunctionToolCallOutputStatus:
    if value in BETA_FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES!r}"
    )
