from typing import Literal

VideoListResourceObject = Literal["list"]

VIDEO_LIST_RESOURCE_OBJECT_VALUES: set[VideoListResourceObject] = {
    "list",
}


def check_video_list_resource_object(value: str) -> VideoListResourceObject:
    if value in VIDEO_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
