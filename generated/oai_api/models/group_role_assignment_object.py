from typing import Literal

GroupRoleAssignmentObject = Literal["group.role"]

GROUP_ROLE_ASSIGNMENT_OBJECT_VALUES: set[GroupRoleAssignmentObject] = {
    "group.role",
}


def check_group_role_assignment_object(value: str) -> GroupRoleAssignmentObject:
    if value in GROUP_ROLE_ASSIGNMENT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_ROLE_ASSIGNMENT_OBJECT_VALUES!r}"
    )
