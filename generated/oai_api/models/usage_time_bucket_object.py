from typing import Literal

UsageTimeBucketObject = Literal["bucket"]

USAGE_TIME_BUCKET_OBJECT_VALUES: set[UsageTimeBucketObject] = {
    "bucket",
}


def check_usage_time_bucket_object(value: str) -> UsageTimeBucketObject:
    if value in USAGE_TIME_BUCKET_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_TIME_BUCKET_OBJECT_VALUES!r}"
    )
