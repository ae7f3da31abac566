from typing import Literal

ListProjectGroupRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES: set[
    ListProjectGroupRoleAssignmentsOrder
] = {
    "asc",
    "desc",
}


def check_list_project_group_role_assignments_order(
    value: str,
) -> ListProjectGroupRoleAssignmentsOrder:
    if value in LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES!r}"
    )
