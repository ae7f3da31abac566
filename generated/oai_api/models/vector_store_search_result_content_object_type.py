from typing import Literal

VectorStoreSearchResultContentObjectType = Literal["text"]

VECTOR_STORE_SEARCH_RESULT_CONTENT_OBJECT_TYPE_VALUES: set[
    VectorStoreSearchResultContentObjectType
] = {
    "text",
}


def check_vector_store_search_result_content_object_type(
    value: str,
) -> VectorStoreSearchResultContentObjectType:
    if value in VECTOR_STORE_SEARCH_RESULT_CONTENT_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_SEARCH_RESULT_CONTENT_OBJECT_TYPE_VALUES!r}"
    )
