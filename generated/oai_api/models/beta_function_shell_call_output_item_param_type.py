from typing import Literal

BetaFunctionShellCallOutputItemParamType = Literal["shell_call_output"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaFunctionShellCallOutputItemParamType
] = {
    "shell_call_output",
}


def check_beta_function_shell_call_output_item_param_type(
    value: str,
) -> BetaFunctionShellCallOutputItemParamType:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
