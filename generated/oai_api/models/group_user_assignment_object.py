from typing import Literal

GroupUserAssignmentObject = Literal["group.user"]

GROUP_USER_ASSIGNMENT_OBJECT_VALUES: set[GroupUserAssignmentObject] = {
    "group.user",
}


def check_group_user_assignment_object(value: str) -> GroupUserAssignmentObject:
    if value in GROUP_USER_ASSIGNMENT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_USER_ASSIGNMENT_OBJECT_VALUES!r}"
    )
