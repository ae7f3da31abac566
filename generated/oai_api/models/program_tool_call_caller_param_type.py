from typing import Literal

ProgramToolCallCallerParamType = Literal["program"]

PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: set[ProgramToolCallCallerParamType] = {
    "program",
}


def check_program_tool_call_caller_param_type(
    value: str,
) -> ProgramToolCallCallerParamType:
    if value in PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES!r}"
    )
