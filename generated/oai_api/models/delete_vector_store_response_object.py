from typing import Literal

DeleteVectorStoreResponseObject = Literal["vector_store.deleted"]

DELETE_VECTOR_STORE_RESPONSE_OBJECT_VALUES: set[DeleteVectorStoreResponseObject] = {
    "vector_store.deleted",
}


def check_delete_vector_store_response_object(
    value: str,
) -> DeleteVectorStoreResponseObject:
    if value in DELETE_VECTOR_STORE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_VECTOR_STORE_RESPONSE_OBJECT_VALUES!r}"
    )
