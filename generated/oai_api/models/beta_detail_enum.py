from typing import Literal

BetaDetailEnum = Literal["auto", "high", "low", "original"]

BETA_DETAIL_ENUM_VALUES: set[BetaDetailEnum] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_beta_detail_enum(value: str) -> BetaDetailEnum:
    if value in BETA_DETAIL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DETAIL_ENUM_VALUES!r}"
    )
