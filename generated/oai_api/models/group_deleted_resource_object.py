from typing import Literal

GroupDeletedResourceObject = Literal["group.deleted"]

GROUP_DELETED_RESOURCE_OBJECT_VALUES: set[GroupDeletedResourceObject] = {
    "group.deleted",
}


def check_group_deleted_resource_object(value: str) -> GroupDeletedResourceObject:
    if value in GROUP_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
