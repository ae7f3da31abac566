from typing import Literal

ImageGenPartialImageEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES: set[
    ImageGenPartialImageEventBackground
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_partial_image_event_background(
    value: str,
) -> ImageGenPartialImageEventBackground:
    if value in IMAGE_GEN_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES!r}"
    )
