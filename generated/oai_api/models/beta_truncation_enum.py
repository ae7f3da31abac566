from typing import Literal

BetaTruncationEnum = Literal["auto", "disabled"]

BETA_TRUNCATION_ENUM_VALUES: set[BetaTruncationEnum] = {
    "auto",
    "disabled",
}


def check_beta_truncation_enum(value: str) -> BetaTruncationEnum:
    if value in BETA_TRUNCATION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TRUNCATION_ENUM_VALUES!r}"
    )
