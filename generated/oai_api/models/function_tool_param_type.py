from typing import Literal

FunctionToolParamType = Literal["function"]

FUNCTION_TOOL_PARAM_TYPE_VALUES: set[FunctionToolParamType] = {
    "function",
}


def check_function_tool_param_type(value: str) -> FunctionToolParamType:
    if value in FUNCTION_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_PARAM_TYPE_VALUES!r}"
    )
