from typing import Literal

BetaCodeInterpreterToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

BETA_CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES: set[
    BetaCodeInterpreterToolCallStatus
] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_beta_code_interpreter_tool_call_status(
    value: str,
) -> BetaCodeInterpreterToolCallStatus:
    if value in BETA_CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES!r}"
    )
