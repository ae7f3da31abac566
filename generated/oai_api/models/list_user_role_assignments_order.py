from typing import Literal

ListUserRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_USER_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListUserRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_user_role_assignments_order(value: str) -> ListUserRoleAssignmentsOrder:
    if value in LIST_USER_ROLE_ASSIGNMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USER_ROLE_ASSIGNMENTS_ORDER_VALUES!r}"
    )
