from typing import Literal

ImageEditCompletedEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_EDIT_COMPLETED_EVENT_QUALITY_VALUES: set[ImageEditCompletedEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_edit_completed_event_quality(
    value: str,
) -> ImageEditCompletedEventQuality:
    if value in IMAGE_EDIT_COMPLETED_EVENT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_COMPLETED_EVENT_QUALITY_VALUES!r}"
    )
