from typing import Literal

ImageGenPartialImageEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_SIZE_VALUES: set[ImageGenPartialImageEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_partial_image_event_size(
    value: str,
) -> ImageGenPartialImageEventSize:
    if value in IMAGE_GEN_PARTIAL_IMAGE_EVENT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_PARTIAL_IMAGE_EVENT_SIZE_VALUES!r}"
    )
