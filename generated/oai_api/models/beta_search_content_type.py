from typing import Literal

BetaSearchContentType = Literal["image", "text"]

BETA_SEARCH_CONTENT_TYPE_VALUES: set[BetaSearchContentType] = {
    "image",
    "text",
}


def check_beta_search_content_type(value: str) -> BetaSearchContentType:
    if value in BETA_SEARCH_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SEARCH_CONTENT_TYPE_VALUES!r}"
    )
