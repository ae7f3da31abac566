from typing import Literal

VectorStoreFileObjectStatus = Literal["cancelled", "completed", "failed", "in_progress"]

VECTOR_STORE_FILE_OBJECT_STATUS_VALUES: set[VectorStoreFileObjectStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_vector_store_file_object_status(value: str) -> VectorStoreFileObjectStatus:
    if value in VECTOR_STORE_FILE_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_OBJECT_STATUS_VALUES!r}"
    )
