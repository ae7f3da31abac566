from typing import Literal

RoleObject = Literal["role"]

ROLE_OBJECT_VALUES: set[RoleObject] = {
    "role",
}


def check_role_object(value: str) -> RoleObject:
    if value in ROLE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_OBJECT_VALUES!r}"
    )
