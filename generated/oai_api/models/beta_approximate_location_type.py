from typing import Literal

BetaApproximateLocationType = Literal["approximate"]

BETA_APPROXIMATE_LOCATION_TYPE_VALUES: set[BetaApproximateLocationType] = {
    "approximate",
}


def check_beta_approximate_location_type(value: str) -> BetaApproximateLocationType:
    if value in BETA_APPROXIMATE_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPROXIMATE_LOCATION_TYPE_VALUES!r}"
    )
