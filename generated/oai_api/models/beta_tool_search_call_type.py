from typing import Literal

BetaToolSearchCallType = Literal["tool_search_call"]

BETA_TOOL_SEARCH_CALL_TYPE_VALUES: set[BetaToolSearchCallType] = {
    "tool_search_call",
}


def check_beta_tool_search_call_type(value: str) -> BetaToolSearchCallType:
    if value in BETA_TOOL_SEARCH_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_CALL_TYPE_VALUES!r}"
    )
