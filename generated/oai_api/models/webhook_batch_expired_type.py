from typing import Literal

WebhookBatchExpiredType = Literal["batch.expired"]

WEBHOOK_BATCH_EXPIRED_TYPE_VALUES: set[WebhookBatchExpiredType] = {
    "batch.expired",
}


def check_webhook_batch_expired_type(value: str) -> WebhookBatchExpiredType:
    if value in WEBHOOK_BATCH_EXPIRED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_EXPIRED_TYPE_VALUES!r}"
    )
