from typing import Literal

UserListResourceObject = Literal["list"]

USER_LIST_RESOURCE_OBJECT_VALUES: set[UserListResourceObject] = {
    "list",
}


def check_user_list_resource_object(value: str) -> UserListResourceObject:
    if value in USER_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
