from typing import Literal

ToolSearchCallItemParamType = Literal["tool_search_call"]

TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES: set[ToolSearchCallItemParamType] = {
    "tool_search_call",
}


def check_tool_search_call_item_param_type(value: str) -> ToolSearchCallItemParamType:
    if value in TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
