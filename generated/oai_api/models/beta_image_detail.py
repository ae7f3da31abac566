from typing import Literal

BetaImageDetail = Literal["auto", "high", "low", "original"]

BETA_IMAGE_DETAIL_VALUES: set[BetaImageDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_beta_image_detail(value: str) -> BetaImageDetail:
    if value in BETA_IMAGE_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_DETAIL_VALUES!r}"
    )
