from typing import Literal

BetaProgramToolCallCallerType = Literal["program"]

BETA_PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES: set[BetaProgramToolCallCallerType] = {
    "program",
}


def check_beta_program_tool_call_caller_type(
    value: str,
) -> BetaProgramToolCallCallerType:
    if value in BETA_PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES!r}"
    )
