from typing import Literal

ListFilesInVectorStoreBatchOrder = Literal["asc", "desc"]

LIST_FILES_IN_VECTOR_STORE_BATCH_ORDER_VALUES: set[ListFilesInVectorStoreBatchOrder] = {
    "asc",
    "desc",
}


def check_list_files_in_vector_store_batch_order(
    value: str,
) -> ListFilesInVectorStoreBatchOrder:
    if value in LIST_FILES_IN_VECTOR_STORE_BATCH_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FILES_IN_VECTOR_STORE_BATCH_ORDER_VALUES!r}"
    )
