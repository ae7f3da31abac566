from typing import Literal

BetaImageGenToolBackground = Literal["auto", "opaque", "transparent"]

BETA_IMAGE_GEN_TOOL_BACKGROUND_VALUES: set[BetaImageGenToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_beta_image_gen_tool_background(value: str) -> BetaImageGenToolBackground:
    if value in BETA_IMAGE_GEN_TOOL_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_BACKGROUND_VALUES!r}"
    )
