from typing import Literal

BetaCodeInterpreterToolCallType = Literal["code_interpreter_call"]

BETA_CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES: set[BetaCodeInterpreterToolCallType] = {
    "code_interpreter_call",
}


def check_beta_code_interpreter_tool_call_type(
    value: str,
) -> BetaCodeInterpreterToolCallType:
    if value in BETA_CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES!r}"
    )
