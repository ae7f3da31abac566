from typing import Literal

ContainerFileListResourceObject = Literal["list"]

CONTAINER_FILE_LIST_RESOURCE_OBJECT_VALUES: set[ContainerFileListResourceObject] = {
    "list",
}


def check_container_file_list_resource_object(
    value: str,
) -> ContainerFileListResourceObject:
    if value in CONTAINER_FILE_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_FILE_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
