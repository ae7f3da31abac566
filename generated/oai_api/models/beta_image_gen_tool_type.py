from typing import Literal

BetaImageGenToolType = Literal["image_generation"]

BETA_IMAGE_GEN_TOOL_TYPE_VALUES: set[BetaImageGenToolType] = {
    "image_generation",
}


def check_beta_image_gen_tool_type(value: str) -> BetaImageGenToolType:
    if value in BETA_IMAGE_GEN_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_TYPE_VALUES!r}"
    )
