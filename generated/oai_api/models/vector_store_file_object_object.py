from typing import Literal

VectorStoreFileObjectObject = Literal["vector_store.file"]

VECTOR_STORE_FILE_OBJECT_OBJECT_VALUES: set[VectorStoreFileObjectObject] = {
    "vector_store.file",
}


def check_vector_store_file_object_object(value: str) -> VectorStoreFileObjectObject:
    if value in VECTOR_STORE_FILE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_OBJECT_OBJECT_VALUES!r}"
    )
