from typing import Literal

CodeInterpreterToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES: set[CodeInterpreterToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_tool_call_status(
    value: str,
) -> CodeInterpreterToolCallStatus:
    if value in CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES!r}"
    )
