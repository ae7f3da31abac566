from typing import Literal

WebhookBatchFailedType = Literal["batch.failed"]

WEBHOOK_BATCH_FAILED_TYPE_VALUES: set[WebhookBatchFailedType] = {
    "batch.failed",
}


def check_webhook_batch_failed_type(value: str) -> WebhookBatchFailedType:
    if value in WEBHOOK_BATCH_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_FAILED_TYPE_VALUES!r}"
    )
