from typing import Literal

ListRolesOrder = Literal["asc", "desc"]

LIST_ROLES_ORDER_VALUES: set[ListRolesOrder] = {
    "asc",
    "desc",
}


def check_list_roles_order(value: str) -> ListRolesOrder:
    if value in LIST_ROLES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ROLES_ORDER_VALUES!r}"
    )
