from typing import Literal

VideoResourceObject = Literal["video"]

VIDEO_RESOURCE_OBJECT_VALUES: set[VideoResourceObject] = {
    "video",
}


def check_video_resource_object(value: str) -> VideoResourceObject:
    if value in VIDEO_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_RESOURCE_OBJECT_VALUES!r}"
    )
