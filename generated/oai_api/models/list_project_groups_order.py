from typing import Literal

ListProjectGroupsOrder = Literal["asc", "desc"]

LIST_PROJECT_GROUPS_ORDER_VALUES: set[ListProjectGroupsOrder] = {
    "asc",
    "desc",
}


def check_list_project_groups_order(value: str) -> ListProjectGroupsOrder:
    if value in LIST_PROJECT_GROUPS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_GROUPS_ORDER_VALUES!r}"
    )
