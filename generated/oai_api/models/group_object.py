from typing import Literal

GroupObject = Literal["group"]

GROUP_OBJECT_VALUES: set[GroupObject] = {
    "group",
}


def check_group_object(value: str) -> GroupObject:
    if value in GROUP_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_OBJECT_VALUES!r}"
    )
