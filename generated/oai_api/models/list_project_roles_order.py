from typing import Literal

ListProjectRolesOrder = Literal["asc", "desc"]

LIST_PROJECT_ROLES_ORDER_VALUES: set[ListProjectRolesOrder] = {
    "asc",
    "desc",
}


def check_list_project_roles_order(value: str) -> ListProjectRolesOrder:
    if value in LIST_PROJECT_ROLES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_ROLES_ORDER_VALUES!r}"
    )
