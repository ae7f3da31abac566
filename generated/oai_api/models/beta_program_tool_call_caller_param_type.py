from typing import Literal

BetaProgramToolCallCallerParamType = Literal["program"]

BETA_PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: set[
    BetaProgramToolCallCallerParamType
] = {
    "program",
}


def check_beta_program_tool_call_caller_param_type(
    value: str,
) -> BetaProgramToolCallCallerParamType:
    if value in BETA_PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES!r}"
    )
