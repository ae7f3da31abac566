from typing import Literal

RoleDeletedResourceObject = Literal["role.deleted"]

ROLE_DELETED_RESOURCE_OBJECT_VALUES: set[RoleDeletedResourceObject] = {
    "role.deleted",
}


def check_role_deleted_resource_object(value: str) -> RoleDeletedResourceObject:
    if value in ROLE_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
