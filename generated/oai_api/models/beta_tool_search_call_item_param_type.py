from typing import Literal

BetaToolSearchCallItemParamType = Literal["tool_search_call"]

BETA_TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES: set[BetaToolSearchCallItemParamType] = {
    "tool_search_call",
}


def check_beta_tool_search_call_item_param_type(
    value: str,
) -> BetaToolSearchCallItemParamType:
    if value in BETA_TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
