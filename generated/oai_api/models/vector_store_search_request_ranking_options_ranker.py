from typing import Literal

VectorStoreSearchRequestRankingOptionsRanker = Literal[
    "auto", "default-2024-11-15", "none"
]

VECTOR_STORE_SEARCH_REQUEST_RANKING_OPTIONS_RANKER_VALUES: set[
    VectorStoreSearchRequestRankingOptionsRanker
] = {
    "auto",
    "default-2024-11-15",
    "none",
}


def check_vector_store_search_request_ranking_options_ranker(
    value: str,
) -> VectorStoreSearchRequestRankingOptionsRanker:
    if value in VECTOR_STORE_SEARCH_REQUEST_RANKING_OPTIONS_RANKER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_SEARCH_REQUEST_RANKING_OPTIONS_RANKER_VALUES!r}"
    )
