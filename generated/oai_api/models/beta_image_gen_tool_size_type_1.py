from typing import Literal

BetaImageGenToolSizeType1 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

BETA_IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES: set[BetaImageGenToolSizeType1] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_beta_image_gen_tool_size_type_1(value: str) -> BetaImageGenToolSizeType1:
    if value in BETA_IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES!r}"
    )
