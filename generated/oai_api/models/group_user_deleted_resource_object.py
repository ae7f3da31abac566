from typing import Literal

GroupUserDeletedResourceObject = Literal["group.user.deleted"]

GROUP_USER_DELETED_RESOURCE_OBJECT_VALUES: set[GroupUserDeletedResourceObject] = {
    "group.user.deleted",
}


def check_group_user_deleted_resource_object(
    value: str,
) -> GroupUserDeletedResourceObject:
    if value in GROUP_USER_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_USER_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
