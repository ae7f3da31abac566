from typing import Literal

BetaFunctionShellCallItemParamType = Literal["shell_call"]

BETA_FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES: set[
    BetaFunctionShellCallItemParamType
] = {
    "shell_call",
}


def check_beta_function_shell_call_item_param_type(
    value: str,
) -> BetaFunctionShellCallItemParamType:
    if value in BETA_FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
