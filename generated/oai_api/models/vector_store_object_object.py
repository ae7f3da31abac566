from typing import Literal

VectorStoreObjectObject = Literal["vector_store"]

VECTOR_STORE_OBJECT_OBJECT_VALUES: set[VectorStoreObjectObject] = {
    "vector_store",
}


def check_vector_store_object_object(value: str) -> VectorStoreObjectObject:
    if value in VECTOR_STORE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_OBJECT_OBJECT_VALUES!r}"
    )
