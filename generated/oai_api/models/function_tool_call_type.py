from typing import Literal

FunctionToolCallType = Literal["function_call"]

FUNCTION_TOOL_CALL_TYPE_VALUES: set[FunctionToolCallType] = {
    "function_call",
}


def check_function_tool_call_type(value: str) -> FunctionToolCallType:
    if value in FUNCTION_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_TYPE_VALUES!r}"
    )
