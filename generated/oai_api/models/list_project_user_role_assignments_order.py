from typing import Literal

ListProjectUserRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_PROJECT_USER_ROLE_ASSIGNMENTS_ORDER_VALUES: set[
    ListProjectUserRoleAssignmentsOrder
] = {
    "asc",
    "desc",
}


def check_list_project_user_role_assignments_order(
    value: str,
) -> ListProjectUserRoleAssignmentsOrder:
    if value in LIST_PROJECT_USER_ROLE_ASSIGNMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_USER_ROLE_ASSIGNMENTS_ORDER_VALUES!r}"
    )
