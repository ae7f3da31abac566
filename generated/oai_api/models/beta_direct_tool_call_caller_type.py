from typing import Literal

BetaDirectToolCallCallerType = Literal["direct"]

BETA_DIRECT_TOOL_CALL_CALLER_TYPE_VALUES: set[BetaDirectToolCallCallerType] = {
    "direct",
}


def check_beta_direct_tool_call_caller_type(value: str) -> BetaDirectToolCallCallerType:
    if value in BETA_DIRECT_TOOL_CALL_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DIRECT_TOOL_CALL_CALLER_TYPE_VALUES!r}"
    )
