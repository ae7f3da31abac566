from typing import Literal

BetaToolChoiceFunctionType = Literal["function"]

BETA_TOOL_CHOICE_FUNCTION_TYPE_VALUES: set[BetaToolChoiceFunctionType] = {
    "function",
}


def check_beta_tool_choice_function_type(value: str) -> BetaToolChoiceFunctionType:
    if value in BETA_TOOL_CHOICE_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_CHOICE_FUNCTION_TYPE_VALUES!r}"
    )
