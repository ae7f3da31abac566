from typing import Literal

BetaAutoCodeInterpreterToolParamType = Literal["auto"]

BETA_AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES: set[
    BetaAutoCodeInterpreterToolParamType
] = {
    "auto",
}


def check_beta_auto_code_interpreter_tool_param_type(
    value: str,
) -> BetaAutoCodeInterpreterToolParamType:
    if value in BETA_AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES!r}"
    )
