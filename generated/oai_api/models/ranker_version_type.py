from typing import Literal

RankerVersionType = Literal["auto", "default-2024-11-15"]

RANKER_VERSION_TYPE_VALUES: set[RankerVersionType] = {
    "auto",
    "default-2024-11-15",
}


def check_ranker_version_type(value: str) -> RankerVersionType:
    if value in RANKER_VERSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RANKER_VERSION_TYPE_VALUES!r}"
    )
