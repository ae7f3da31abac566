from typing import Literal

FunctionToolCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_STATUS_VALUES: set[FunctionToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_status(value: str) -> FunctionToolCallStatus:
    if value in FUNCTION_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_STATUS_VALUES!r}"
    )
