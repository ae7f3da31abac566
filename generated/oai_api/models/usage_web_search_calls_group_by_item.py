from typing import Literal

UsageWebSearchCallsGroupByItem = Literal[
    "api_key_id", "context_level", "model", "project_id", "user_id"
]

USAGE_WEB_SEARCH_CALLS_GROUP_BY_ITEM_VALUES: set[UsageWebSearchCallsGroupByItem] = {
    "api_key_id",
    "context_level",
    "model",
    "project_id",
    "user_id",
}


def check_usage_web_search_calls_group_by_item(
    value: str,
) -> UsageWebSearchCallsGroupByItem:
    if value in USAGE_WEB_SEARCH_CALLS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_WEB_SEARCH_CALLS_GROUP_BY_ITEM_VALUES!r}"
    )
