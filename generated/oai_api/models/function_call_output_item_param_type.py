from typing import Literal

FunctionCallOutputItemParamType = Literal["function_call_output"]

FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[FunctionCallOutputItemParamType] = {
    "function_call_output",
}


def check_function_call_output_item_param_type(
    value: str,
) -> FunctionCallOutputItemParamType:
    if value in FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
