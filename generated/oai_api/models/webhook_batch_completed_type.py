from typing import Literal

WebhookBatchCompletedType = Literal["batch.completed"]

WEBHOOK_BATCH_COMPLETED_TYPE_VALUES: set[WebhookBatchCompletedType] = {
    "batch.completed",
}


def check_webhook_batch_completed_type(value: str) -> WebhookBatchCompletedType:
    if value in WEBHOOK_BATCH_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_COMPLETED_TYPE_VALUES!r}"
    )
