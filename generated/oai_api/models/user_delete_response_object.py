from typing import Literal

UserDeleteResponseObject = Literal["organization.user.deleted"]

USER_DELETE_RESPONSE_OBJECT_VALUES: set[UserDeleteResponseObject] = {
    "organization.user.deleted",
}


def check_user_delete_response_object(value: str) -> UserDeleteResponseObject:
    if value in USER_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
