from typing import Literal

DeleteVectorStoreFileResponseObject = Literal["vector_store.file.deleted"]

DELETE_VECTOR_STORE_FILE_RESPONSE_OBJECT_VALUES: set[
    DeleteVectorStoreFileResponseObject
] = {
    "vector_store.file.deleted",
}


def check_delete_vector_store_file_response_object(
    value: str,
) -> DeleteVectorStoreFileResponseObject:
    if value in DELETE_VECTOR_STORE_FILE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_VECTOR_STORE_FILE_RESPONSE_OBJECT_VALUES!r}"
    )
