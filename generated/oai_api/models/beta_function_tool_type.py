from typing import Literal

BetaFunctionToolType = Literal["function"]

BETA_FUNCTION_TOOL_TYPE_VALUES: set[BetaFunctionToolType] = {
    "function",
}


def check_beta_function_tool_type(value: str) -> BetaFunctionToolType:
    if value in BETA_FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_TYPE_VALUES!r}"
    )
