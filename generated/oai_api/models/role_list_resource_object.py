from typing import Literal

RoleListResourceObject = Literal["list"]

ROLE_LIST_RESOURCE_OBJECT_VALUES: set[RoleListResourceObject] = {
    "list",
}


def check_role_list_resource_object(value: str) -> RoleListResourceObject:
    if value in ROLE_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
