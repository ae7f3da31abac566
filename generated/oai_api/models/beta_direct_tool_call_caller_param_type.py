from typing import Literal

BetaDirectToolCallCallerParamType = Literal["direct"]

BETA_DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: set[
    BetaDirectToolCallCallerParamType
] = {
    "direct",
}


def check_beta_direct_tool_call_caller_param_type(
    value: str,
) -> BetaDirectToolCallCallerParamType:
    if value in BETA_DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES!r}"
    )
