from typing import Literal

VideoStatus = Literal["completed", "failed", "in_progress", "queued"]

VIDEO_STATUS_VALUES: set[VideoStatus] = {
    "completed",
    "failed",
    "in_progress",
    "queued",
}


def check_video_status(value: str) -> VideoStatus:
    if value in VIDEO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_STATUS_VALUES!r}"
    )
