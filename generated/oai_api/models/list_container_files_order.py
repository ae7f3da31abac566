from typing import Literal

ListContainerFilesOrder = Literal["asc", "desc"]

LIST_CONTAINER_FILES_ORDER_VALUES: set[ListContainerFilesOrder] = {
    "asc",
    "desc",
}


def check_list_container_files_order(value: str) -> ListContainerFilesOrder:
    if value in LIST_CONTAINER_FILES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTAINER_FILES_ORDER_VALUES!r}"
    )
