from typing import Literal

BetaSearchContextSize = Literal["high", "low", "medium"]

BETA_SEARCH_CONTEXT_SIZE_VALUES: set[BetaSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_beta_search_context_size(value: str) -> BetaSearchContextSize:
    if value in BETA_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
