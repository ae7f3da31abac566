from typing import Literal

WebSearchToolCallType = Literal["web_search_call"]

WEB_SEARCH_TOOL_CALL_TYPE_VALUES: set[WebSearchToolCallType] = {
    "web_search_call",
}


def check_web_search_tool_call_type(value: str) -> WebSearchToolCallType:
    if value in WEB_SEARCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_CALL_TYPE_VALUES!r}"
    )
