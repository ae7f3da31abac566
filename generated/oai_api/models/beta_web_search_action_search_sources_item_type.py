from typing import Literal

BetaWebSearchActionSearchSourcesItemType = Literal["url"]

BETA_WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES: set[
    BetaWebSearchActionSearchSourcesItemType
] = {
    "url",
}


def check_beta_web_search_action_search_sources_item_type(
    value: str,
) -> BetaWebSearchActionSearchSourcesItemType:
    if value in BETA_WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES!r}"
    )
