from typing import Literal

VectorStoreSearchResultsPageObject = Literal["vector_store.search_results.page"]

VECTOR_STORE_SEARCH_RESULTS_PAGE_OBJECT_VALUES: set[
    VectorStoreSearchResultsPageObject
] = {
    "vector_store.search_results.page",
}


def check_vector_store_search_results_page_object(
    value: str,
) -> VectorStoreSearchResultsPageObject:
    if value in VECTOR_STORE_SEARCH_RESULTS_PAGE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_SEARCH_RESULTS_PAGE_OBJECT_VALUES!r}"
    )
