from typing import Literal

ListVectorStoreFilesOrder = Literal["asc", "desc"]

LIST_VECTOR_STORE_FILES_ORDER_VALUES: set[ListVectorStoreFilesOrder] = {
    "asc",
    "desc",
}


def check_list_vector_store_files_order(value: str) -> ListVectorStoreFilesOrder:
    if value in LIST_VECTOR_STORE_FILES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VECTOR_STORE_FILES_ORDER_VALUES!r}"
    )
