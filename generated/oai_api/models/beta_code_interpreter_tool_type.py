from typing import Literal

BetaCodeInterpreterToolType = Literal["code_interpreter"]

BETA_CODE_INTERPRETER_TOOL_TYPE_VALUES: set[BetaCodeInterpreterToolType] = {
    "code_interpreter",
}


def check_beta_code_interpreter_tool_type(value: str) -> BetaCodeInterpreterToolType:
    if value in BETA_CODE_INTERPRETER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CODE_INTERPRETER_TOOL_TYPE_VALUES!r}"
    )
