from typing import Literal

ContainerListResourceObject = Literal["list"]

CONTAINER_LIST_RESOURCE_OBJECT_VALUES: set[ContainerListResourceObject] = {
    "list",
}


def check_container_list_resource_object(value: str) -> ContainerListResourceObject:
    if value in CONTAINER_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
