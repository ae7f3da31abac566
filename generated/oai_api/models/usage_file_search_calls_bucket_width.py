from typing import Literal

UsageFileSearchCallsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_FILE_SEARCH_CALLS_BUCKET_WIDTH_VALUES: set[UsageFileSearchCallsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_file_search_calls_bucket_width(
    value: str,
) -> UsageFileSearchCallsBucketWidth:
    if value in USAGE_FILE_SEARCH_CALLS_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_FILE_SEARCH_CALLS_BUCKET_WIDTH_VALUES!r}"
    )
