from typing import Literal

BetaFunctionShellCallType = Literal["shell_call"]

BETA_FUNCTION_SHELL_CALL_TYPE_VALUES: set[BetaFunctionShellCallType] = {
    "shell_call",
}


def check_beta_function_shell_call_type(value: str) -> BetaFunctionShellCallType:
    if value in BETA_FUNCTION_SHELL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_TYPE_VALUES!r}"
    )
