from typing import Literal

BetaWebSearchActionOpenPageType = Literal["open_page"]

BETA_WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES: set[BetaWebSearchActionOpenPageType] = {
    "open_page",
}


def check_beta_web_search_action_open_page_type(
    value: str,
) -> BetaWebSearchActionOpenPageType:
    if value in BETA_WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES!r}"
    )
