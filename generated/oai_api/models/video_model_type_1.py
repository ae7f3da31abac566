from typing import Literal

VideoModelType1 = Literal[
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
    "sora-2-pro",
    "sora-2-pro-2025-10-06",
]

VIDEO_MODEL_TYPE_1_VALUES: set[VideoModelType1] = {
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
    "sora-2-pro",
    "sora-2-pro-2025-10-06",
}


def check_video_model_type_1(value: str) -> VideoModelType1:
    if value in VIDEO_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_TYPE_1_VALUES!r}"
    )
