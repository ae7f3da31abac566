from typing import Literal

CreateEmbeddingRequestModelType1 = Literal[
    "text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002"
]

CREATE_EMBEDDING_REQUEST_MODEL_TYPE_1_VALUES: set[CreateEmbeddingRequestModelType1] = {
    "text-embedding-3-large",
    "text-embedding-3-small",
    "text-embedding-ada-002",
}


def check_create_embedding_request_model_type_1(
    value: str,
) -> CreateEmbeddingRequestModelType1:
    if value in CREATE_EMBEDDING_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
