from typing import Literal

BetaWebSearchApproximateLocationType0Type = Literal["approximate"]

BETA_WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES: set[
    BetaWebSearchApproximateLocationType0Type
] = {
    "approximate",
}


def check_beta_web_search_approximate_location_type_0_type(
    value: str,
) -> BetaWebSearchApproximateLocationType0Type:
    if value in BETA_WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES!r}"
    )
