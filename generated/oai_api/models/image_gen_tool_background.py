from typing import Literal

ImageGenToolBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_TOOL_BACKGROUND_VALUES: set[ImageGenToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_tool_background(value: str) -> ImageGenToolBackground:
    if value in IMAGE_GEN_TOOL_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_BACKGROUND_VALUES!r}"
    )
