from typing import Literal

UserRoleAssignmentObject = Literal["user.role"]

USER_ROLE_ASSIGNMENT_OBJECT_VALUES: set[UserRoleAssignmentObject] = {
    "user.role",
}


def check_user_role_assignment_object(value: str) -> UserRoleAssignmentObject:
    if value in USER_ROLE_ASSIGNMENT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_ROLE_ASSIGNMENT_OBJECT_VALUES!r}"
    )
