from typing import Literal

BatchFileExpirationAfterAnchor = Literal["created_at"]

BATCH_FILE_EXPIRATION_AFTER_ANCHOR_VALUES: set[BatchFileExpirationAfterAnchor] = {
    "created_at",
}


def check_batch_file_expiration_after_anchor(
    value: str,
) -> BatchFileExpirationAfterAnchor:
    if value in BATCH_FILE_EXPIRATION_AFTER_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_FILE_EXPIRATION_AFTER_ANCHOR_VALUES!r}"
    )
