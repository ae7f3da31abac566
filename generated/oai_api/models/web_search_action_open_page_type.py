from typing import Literal

WebSearchActionOpenPageType = Literal["open_page"]

WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES: set[WebSearchActionOpenPageType] = {
    "open_page",
}


def check_web_search_action_open_page_type(value: str) -> WebSearchActionOpenPageType:
    if value in WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ACTION_OPEN_PAGE_TYPE_VALUES!r}"
    )
