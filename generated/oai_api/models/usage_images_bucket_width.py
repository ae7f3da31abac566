from typing import Literal

UsageImagesBucketWidth = Literal["1d", "1h", "1m"]

USAGE_IMAGES_BUCKET_WIDTH_VALUES: set[UsageImagesBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_images_bucket_width(value: str) -> UsageImagesBucketWidth:
    if value in USAGE_IMAGES_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_IMAGES_BUCKET_WIDTH_VALUES!r}"
    )
