from typing import Literal

BetaCustomToolCallType = Literal["custom_tool_call"]

BETA_CUSTOM_TOOL_CALL_TYPE_VALUES: set[BetaCustomToolCallType] = {
    "custom_tool_call",
}


def check_beta_custom_tool_call_type(value: str) -> BetaCustomToolCallType:
    if value in BETA_CUSTOM_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CUSTOM_TOOL_CALL_TYPE_VALUES!r}"
    )
