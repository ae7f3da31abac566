from typing import Literal

CodeInterpreterToolCallType = Literal["code_interpreter_call"]

CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES: set[CodeInterpreterToolCallType] = {
    "code_interpreter_call",
}


def check_code_interpreter_tool_call_type(value: str) -> CodeInterpreterToolCallType:
    if value in CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES!r}"
    )
