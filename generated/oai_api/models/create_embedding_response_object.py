from typing import Literal

CreateEmbeddingResponseObject = Literal["list"]

CREATE_EMBEDDING_RESPONSE_OBJECT_VALUES: set[CreateEmbeddingResponseObject] = {
    "list",
}


def check_create_embedding_response_object(value: str) -> CreateEmbeddingResponseObject:
    if value in CREATE_EMBEDDING_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_RESPONSE_OBJECT_VALUES!r}"
    )
