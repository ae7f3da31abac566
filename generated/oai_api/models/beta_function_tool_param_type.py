from typing import Literal

BetaFunctionToolParamType = Literal["function"]

BETA_FUNCTION_TOOL_PARAM_TYPE_VALUES: set[BetaFunctionToolParamType] = {
    "function",
}


def check_beta_function_tool_param_type(value: str) -> BetaFunctionToolParamType:
    if value in BETA_FUNCTION_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_PARAM_TYPE_VALUES!r}"
    )
