from typing import Literal

ImageEditCompletedEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_EDIT_COMPLETED_EVENT_SIZE_VALUES: set[ImageEditCompletedEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_edit_completed_event_size(value: str) -> ImageEditCompletedEventSize:
    if value in IMAGE_EDIT_COMPLETED_EVENT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_COMPLETED_EVENT_SIZE_VALUES!r}"
    )
