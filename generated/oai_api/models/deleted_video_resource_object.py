from typing import Literal

DeletedVideoResourceObject = Literal["video.deleted"]

DELETED_VIDEO_RESOURCE_OBJECT_VALUES: set[DeletedVideoResourceObject] = {
    "video.deleted",
}


def check_deleted_video_resource_object(value: str) -> DeletedVideoResourceObject:
    if value in DELETED_VIDEO_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_VIDEO_RESOURCE_OBJECT_VALUES!r}"
    )
