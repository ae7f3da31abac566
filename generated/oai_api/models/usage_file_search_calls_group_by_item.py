from typing import Literal

UsageFileSearchCallsGroupByItem = Literal[
    "api_key_id", "project_id", "user_id", "vector_store_id"
]

USAGE_FILE_SEARCH_CALLS_GROUP_BY_ITEM_VALUES: set[UsageFileSearchCallsGroupByItem] = {
    "api_key_id",
    "project_id",
    "user_id",
    "vector_store_id",
}


def check_usage_file_search_calls_group_by_item(
    value: str,
) -> UsageFileSearchCallsGroupByItem:
    if value in USAGE_FILE_SEARCH_CALLS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_FILE_SEARCH_CALLS_GROUP_BY_ITEM_VALUES!r}"
    )
