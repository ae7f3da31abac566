from typing import Literal

PublicRoleListResourceObject = Literal["list"]

PUBLIC_ROLE_LIST_RESOURCE_OBJECT_VALUES: set[PublicRoleListResourceObject] = {
    "list",
}


def check_public_role_list_resource_object(value: str) -> PublicRoleListResourceObject:
    if value in PUBLIC_ROLE_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUBLIC_ROLE_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
