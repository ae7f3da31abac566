from typing import Literal

BetaWebSearchToolSearchContextSize = Literal["high", "low", "medium"]

BETA_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[
    BetaWebSearchToolSearchContextSize
] = {
    "high",
    "low",
    "medium",
}


def check_beta_web_search_tool_search_context_size(
    value: str,
) -> BetaWebSearchToolSearchContextSize:
    if value in BETA_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
