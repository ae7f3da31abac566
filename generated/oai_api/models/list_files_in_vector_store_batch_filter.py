from typing import Literal

ListFilesInVectorStoreBatchFilter = Literal[
    "cancelled", "completed", "failed", "in_progress"
]

LIST_FILES_IN_VECTOR_STORE_BATCH_FILTER_VALUES: set[
    ListFilesInVectorStoreBatchFilter
] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_list_files_in_vector_store_batch_filter(
    value: str,
) -> ListFilesInVectorStoreBatchFilter:
    if value in LIST_FILES_IN_VECTOR_STORE_BATCH_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FILES_IN_VECTOR_STORE_BATCH_FILTER_VALUES!r}"
    )
