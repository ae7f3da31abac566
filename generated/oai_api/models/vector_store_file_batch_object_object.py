from typing import Literal

VectorStoreFileBatchObjectObject = Literal["vector_store.files_batch"]

VECTOR_STORE_FILE_BATCH_OBJECT_OBJECT_VALUES: set[VectorStoreFileBatchObjectObject] = {
    "vector_store.files_batch",
}


def check_vector_store_file_batch_object_object(
    value: str,
) -> VectorStoreFileBatchObjectObject:
    if value in VECTOR_STORE_FILE_BATCH_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_BATCH_OBJECT_OBJECT_VALUES!r}"
    )
