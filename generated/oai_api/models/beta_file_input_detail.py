from typing import Literal

BetaFileInputDetail = Literal["auto", "high", "low"]

BETA_FILE_INPUT_DETAIL_VALUES: set[BetaFileInputDetail] = {
    "auto",
    "high",
    "low",
}


def check_beta_file_input_detail(value: str) -> BetaFileInputDetail:
    if value in BETA_FILE_INPUT_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_INPUT_DETAIL_VALUES!r}"
    )
