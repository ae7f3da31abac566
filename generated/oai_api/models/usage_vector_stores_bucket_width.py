from typing import Literal

UsageVectorStoresBucketWidth = Literal["1d", "1h", "1m"]

USAGE_VECTOR_STORES_BUCKET_WIDTH_VALUES: set[UsageVectorStoresBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_vector_stores_bucket_width(value: str) -> UsageVectorStoresBucketWidth:
    if value in USAGE_VECTOR_STORES_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_VECTOR_STORES_BUCKET_WIDTH_VALUES!r}"
    )
