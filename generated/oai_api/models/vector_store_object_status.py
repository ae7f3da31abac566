from typing import Literal

VectorStoreObjectStatus = Literal["completed", "expired", "in_progress"]

VECTOR_STORE_OBJECT_STATUS_VALUES: set[VectorStoreObjectStatus] = {
    "completed",
    "expired",
    "in_progress",
}


def check_vector_store_object_status(value: str) -> VectorStoreObjectStatus:
    if value in VECTOR_STORE_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_OBJECT_STATUS_VALUES!r}"
    )
