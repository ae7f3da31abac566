from typing import Literal

BetaFunctionToolCallType = Literal["function_call"]

BETA_FUNCTION_TOOL_CALL_TYPE_VALUES: set[BetaFunctionToolCallType] = {
    "function_call",
}


def check_beta_function_tool_call_type(value: str) -> BetaFunctionToolCallType:
    if value in BETA_FUNCTION_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_TOOL_CALL_TYPE_VALUES!r}"
    )
