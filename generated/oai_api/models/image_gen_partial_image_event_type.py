from typing import Literal

ImageGenPartialImageEventType = Literal["image_generation.partial_image"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[ImageGenPartialImageEventType] = {
    "image_generation.partial_image",
}


def check_image_gen_partial_image_event_type(
    value: str,
) -> ImageGenPartialImageEventType:
    if value in IMAGE_GEN_PARTIAL_IMAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_PARTIAL_IMAGE_EVENT_TYPE_VALUES!r}"
    )
