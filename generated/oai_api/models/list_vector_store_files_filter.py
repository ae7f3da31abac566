from typing import Literal

ListVectorStoreFilesFilter = Literal["cancelled", "completed", "failed", "in_progress"]

LIST_VECTOR_STORE_FILES_FILTER_VALUES: set[ListVectorStoreFilesFilter] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_list_vector_store_files_filter(value: str) -> ListVectorStoreFilesFilter:
    if value in LIST_VECTOR_STORE_FILES_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VECTOR_STORE_FILES_FILTER_VALUES!r}"
    )
