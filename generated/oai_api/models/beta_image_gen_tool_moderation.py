from typing import Literal

BetaImageGenToolModeration = Literal["auto", "low"]

BETA_IMAGE_GEN_TOOL_MODERATION_VALUES: set[BetaImageGenToolModeration] = {
    "auto",
    "low",
}


def check_beta_image_gen_tool_moderation(value: str) -> BetaImageGenToolModeration:
    if value in BETA_IMAGE_GEN_TOOL_MODERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_MODERATION_VALUES!r}"
    )
