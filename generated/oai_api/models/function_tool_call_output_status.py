from typing import Literal

FunctionToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES: set[FunctionToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_output_status(value: str) -> FunctionToolCallOutputStatus:
    if value in FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES!r}"
    )
