from typing import Literal

ProgramToolCallCallerType = Literal["program"]

PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES: set[ProgramToolCallCallerType] = {
    "program",
}


def check_program_tool_call_caller_type(value: str) -> ProgramToolCallCallerType:
    if value in PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES!r}"
    )
