from typing import Literal

ApproximateLocationType = Literal["approximate"]

APPROXIMATE_LOCATION_TYPE_VALUES: set[ApproximateLocationType] = {
    "approximate",
}


def check_approximate_location_type(value: str) -> ApproximateLocationType:
    if value in APPROXIMATE_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROXIMATE_LOCATION_TYPE_VALUES!r}"
    )
