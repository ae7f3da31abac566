from typing import Literal

ListGroupRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListGroupRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_group_role_assignments_order(
    value: str,
) -> ListGroupRoleAssignmentsOrder:
    if value in LIST_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES!r}"
    )
