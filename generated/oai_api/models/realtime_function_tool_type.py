from typing import Literal

RealtimeFunctionToolType = Literal["function"]

REALTIME_FUNCTION_TOOL_TYPE_VALUES: set[RealtimeFunctionToolType] = {
    "function",
}


def check_realtime_function_tool_type(value: str) -> RealtimeFunctionToolType:
    if value in REALTIME_FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_FUNCTION_TOOL_TYPE_VALUES!r}"
    )
