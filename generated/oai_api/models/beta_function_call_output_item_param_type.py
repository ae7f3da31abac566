from typing import Literal

BetaFunctionCallOutputItemParamType = Literal["function_call_output"]

BETA_FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaFunctionCallOutputItemParamType
] = {
    "function_call_output",
}


def check_beta_function_call_output_item_param_type(
    value: str,
) -> BetaFunctionCallOutputItemParamType:
    if value in BETA_FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
