from typing import Literal

BetaWebSearchActionFindType = Literal["find_in_page"]

BETA_WEB_SEARCH_ACTION_FIND_TYPE_VALUES: set[BetaWebSearchActionFindType] = {
    "find_in_page",
}


def check_beta_web_search_action_find_type(value: str) -> BetaWebSearchActionFindType:
    if value in BETA_WEB_SEARCH_ACTION_FIND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_ACTION_FIND_TYPE_VALUES!r}"
    )
