from typing import Literal

ImageEditPartialImageEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_SIZE_VALUES: set[ImageEditPartialImageEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_edit_partial_image_event_size(
    value: str,
) -> ImageEditPartialImageEventSize:
    if value in IMAGE_EDIT_PARTIAL_IMAGE_EVENT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_PARTIAL_IMAGE_EVENT_SIZE_VALUES!r}"
    )
