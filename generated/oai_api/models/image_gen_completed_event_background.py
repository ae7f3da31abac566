from typing import Literal

ImageGenCompletedEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_COMPLETED_EVENT_BACKGROUND_VALUES: set[ImageGenCompletedEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_completed_event_background(
    value: str,
) -> ImageGenCompletedEventBackground:
    if value in IMAGE_GEN_COMPLETED_EVENT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_COMPLETED_EVENT_BACKGROUND_VALUES!r}"
    )
