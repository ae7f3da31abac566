from typing import Literal

BetaWebSearchPreviewToolType = Literal[
    "web_search_preview", "web_search_preview_2025_03_11"
]

BETA_WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: set[BetaWebSearchPreviewToolType] = {
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_beta_web_search_preview_tool_type(value: str) -> BetaWebSearchPreviewToolType:
    if value in BETA_WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES!r}"
    )
