from typing import Literal

BetaFileDetailEnum = Literal["auto", "high", "low"]

BETA_FILE_DETAIL_ENUM_VALUES: set[BetaFileDetailEnum] = {
    "auto",
    "high",
    "low",
}


def check_beta_file_detail_enum(value: str) -> BetaFileDetailEnum:
    if value in BETA_FILE_DETAIL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_DETAIL_ENUM_VALUES!r}"
    )
