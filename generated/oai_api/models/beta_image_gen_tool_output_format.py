from typing import Literal

BetaImageGenToolOutputFormat = Literal["jpeg", "png", "webp"]

BETA_IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES: set[BetaImageGenToolOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_beta_image_gen_tool_output_format(value: str) -> BetaImageGenToolOutputFormat:
    if value in BETA_IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES!r}"
    )
