from typing import Literal

WebhookBatchCancelledType = Literal["batch.cancelled"]

WEBHOOK_BATCH_CANCELLED_TYPE_VALUES: set[WebhookBatchCancelledType] = {
    "batch.cancelled",
}


def check_webhook_batch_cancelled_type(value: str) -> WebhookBatchCancelledType:
    if value in WEBHOOK_BATCH_CANCELLED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_CANCELLED_TYPE_VALUES!r}"
    )
