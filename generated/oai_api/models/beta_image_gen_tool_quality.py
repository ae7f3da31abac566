from typing import Literal

BetaImageGenToolQuality = Literal["auto", "high", "low", "medium"]

BETA_IMAGE_GEN_TOOL_QUALITY_VALUES: set[BetaImageGenToolQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_beta_image_gen_tool_quality(value: str) -> BetaImageGenToolQuality:
    if value in BETA_IMAGE_GEN_TOOL_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_QUALITY_VALUES!r}"
    )
