from typing import Literal

GroupListResourceObject = Literal["list"]

GROUP_LIST_RESOURCE_OBJECT_VALUES: set[GroupListResourceObject] = {
    "list",
}


def check_group_list_resource_object(value: str) -> GroupListResourceObject:
    if value in GROUP_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
