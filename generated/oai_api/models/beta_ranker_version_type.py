from typing import Literal

BetaRankerVersionType = Literal["auto", "default-2024-11-15"]

BETA_RANKER_VERSION_TYPE_VALUES: set[BetaRankerVersionType] = {
    "auto",
    "default-2024-11-15",
}


def check_beta_ranker_version_type(value: str) -> BetaRankerVersionType:
    if value in BETA_RANKER_VERSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RANKER_VERSION_TYPE_VALUES!r}"
    )
