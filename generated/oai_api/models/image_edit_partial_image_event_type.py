from typing import Literal

ImageEditPartialImageEventType = Literal["image_edit.partial_image"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[ImageEditPartialImageEventType] = {
    "image_edit.partial_image",
}


def check_image_edit_partial_image_event_type(
    value: str,
) -> ImageEditPartialImageEventType:
    if value in IMAGE_EDIT_PARTIAL_IMAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_PARTIAL_IMAGE_EVENT_TYPE_VALUES!r}"
    )
