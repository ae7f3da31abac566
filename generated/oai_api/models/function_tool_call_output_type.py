from typing import Literal

FunctionToolCallOutputType = Literal["function_call_output"]

FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES: set[FunctionToolCallOutputType] = {
    "function_call_output",
}


def check_function_tool_call_output_type(value: str) -> FunctionToolCallOutputType:
    if value in FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
