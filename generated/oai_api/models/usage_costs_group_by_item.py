from typing import Literal

UsageCostsGroupByItem = Literal["api_key_id", "line_item", "project_id"]

USAGE_COSTS_GROUP_BY_ITEM_VALUES: set[UsageCostsGroupByItem] = {
    "api_key_id",
    "line_item",
    "project_id",
}


def check_usage_costs_group_by_item(value: str) -> UsageCostsGroupByItem:
    if value in USAGE_COSTS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_COSTS_GROUP_BY_ITEM_VALUES!r}"
    )
