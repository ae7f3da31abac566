from typing import Literal

UsageModerationsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_MODERATIONS_BUCKET_WIDTH_VALUES: set[UsageModerationsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_moderations_bucket_width(value: str) -> UsageModerationsBucketWidth:
    if value in USAGE_MODERATIONS_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_MODERATIONS_BUCKET_WIDTH_VALUES!r}"
    )
