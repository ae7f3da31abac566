from typing import Literal

WebSearchApproximateLocationType0Type = Literal["approximate"]

WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES: set[
    WebSearchApproximateLocationType0Type
] = {
    "approximate",
}


def check_web_search_approximate_location_type_0_type(
    value: str,
) -> WebSearchApproximateLocationType0Type:
    if value in WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_0_TYPE_VALUES!r}"
    )
