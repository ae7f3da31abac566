from typing import Literal

BetaWebSearchToolType = Literal["web_search", "web_search_2025_08_26"]

BETA_WEB_SEARCH_TOOL_TYPE_VALUES: set[BetaWebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
}


def check_beta_web_search_tool_type(value: str) -> BetaWebSearchToolType:
    if value in BETA_WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_TOOL_TYPE_VALUES!r}"
    )
