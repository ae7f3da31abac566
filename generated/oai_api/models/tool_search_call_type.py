from typing import Literal

ToolSearchCallType = Literal["tool_search_call"]

TOOL_SEARCH_CALL_TYPE_VALUES: set[ToolSearchCallType] = {
    "tool_search_call",
}


def check_tool_search_call_type(value: str) -> ToolSearchCallType:
    if value in TOOL_SEARCH_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_CALL_TYPE_VALUES!r}"
    )
