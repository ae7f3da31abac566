from typing import Literal

BetaSpecificFunctionShellParamType = Literal["shell"]

BETA_SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES: set[
    BetaSpecificFunctionShellParamType
] = {
    "shell",
}


def check_beta_specific_function_shell_param_type(
    value: str,
) -> BetaSpecificFunctionShellParamType:
    if value in BETA_SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES!r}"
    )
