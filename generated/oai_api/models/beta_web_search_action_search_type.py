from typing import Literal

BetaWebSearchActionSearchType = Literal["search"]

BETA_WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES: set[BetaWebSearchActionSearchType] = {
    "search",
}


def check_beta_web_search_action_search_type(
    value: str,
) -> BetaWebSearchActionSearchType:
    if value in BETA_WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES!r}"
    )
