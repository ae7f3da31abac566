from typing import Literal

DirectToolCallCallerParamType = Literal["direct"]

DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: set[DirectToolCallCallerParamType] = {
    "direct",
}


def check_direct_tool_call_caller_param_type(
    value: str,
) -> DirectToolCallCallerParamType:
    if value in DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES!r}"
    )
