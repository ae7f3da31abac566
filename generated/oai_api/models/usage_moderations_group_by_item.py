from typing import Literal

UsageModerationsGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_MODERATIONS_GROUP_BY_ITEM_VALUES: set[UsageModerationsGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_moderations_group_by_item(value: str) -> UsageModerationsGroupByItem:
    if value in USAGE_MODERATIONS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_MODERATIONS_GROUP_BY_ITEM_VALUES!r}"
    )
