from typing import Literal

VectorStoreFileContentResponseObject = Literal["vector_store.file_content.page"]

VECTOR_STORE_FILE_CONTENT_RESPONSE_OBJECT_VALUES: set[
    VectorStoreFileContentResponseObject
] = {
    "vector_store.file_content.page",
}


def check_vector_store_file_content_response_object(
    value: str,
) -> VectorStoreFileContentResponseObject:
    if value in VECTOR_STORE_FILE_CONTENT_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_CONTENT_RESPONSE_OBJECT_VALUES!r}"
    )
