from typing import Literal

ImageEditCompletedEventType = Literal["image_edit.completed"]

IMAGE_EDIT_COMPLETED_EVENT_TYPE_VALUES: set[ImageEditCompletedEventType] = {
    "image_edit.completed",
}


def check_image_edit_completed_event_type(value: str) -> ImageEditCompletedEventType:
    if value in IMAGE_EDIT_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
