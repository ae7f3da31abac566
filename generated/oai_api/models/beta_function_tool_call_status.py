from typing import Literal

BetaFunctionToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_STATUS_VALUES: set[BetaFunctionToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_status(value: str) -> BetaFunctionToolCallStatus:
    if value in BETA_FUNCTION_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_CALL_STATUS_VALUES!r}"
    )
