from typing import Literal

BetaFunctionShellCallOutputType = Literal["shell_call_output"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES: set[BetaFunctionShellCallOutputType] = {
    "shell_call_output",
}


def check_beta_function_shell_call_output_type(
    value: str,
) -> BetaFunctionShellCallOutputType:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
