from typing import Literal

BetaWebSearchToolCallType = Literal["web_search_call"]

BETA_WEB_SEARCH_TOOL_CALL_TYPE_VALUES: set[BetaWebSearchToolCallType] = {
    "web_search_call",
}


def check_beta_web_search_tool_call_type(value: str) -> BetaWebSearchToolCallType:
    if value in BETA_WEB_SEARCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_TOOL_CALL_TYPE_VALUES!r}"
    )
