from typing import Literal

FunctionShellCallOutputItemParamType = Literal["shell_call_output"]

FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    FunctionShellCallOutputItemParamType
] = {
    "shell_call_output",
}


def check_function_shell_call_output_item_param_type(
    value: str,
) -> FunctionShellCallOutputItemParamType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
