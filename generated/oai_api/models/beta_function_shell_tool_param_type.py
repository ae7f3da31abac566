from typing import Literal

BetaFunctionShellToolParamType = Literal["shell"]

BETA_FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES: set[BetaFunctionShellToolParamType] = {
    "shell",
}


def check_beta_function_shell_tool_param_type(
    value: str,
) -> BetaFunctionShellToolParamType:
    if value in BETA_FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES!r}"
    )
