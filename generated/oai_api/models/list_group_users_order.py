from typing import Literal

ListGroupUsersOrder = Literal["asc", "desc"]

LIST_GROUP_USERS_ORDER_VALUES: set[ListGroupUsersOrder] = {
    "asc",
    "desc",
}


def check_list_group_users_order(value: str) -> ListGroupUsersOrder:
    if value in LIST_GROUP_USERS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUP_USERS_ORDER_VALUES!r}"
    )
