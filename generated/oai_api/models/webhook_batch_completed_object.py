from typing import Literal

WebhookBatchCompletedObject = Literal["event"]

WEBHOOK_BATCH_COMPLETED_OBJECT_VALUES: set[WebhookBatchCompletedObject] = {
    "event",
}


def check_webhook_batch_completed_object(value: str) -> WebhookBatchCompletedObject:
    if value in WEBHOOK_BATCH_COMPLETED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_COMPLETED_OBJECT_VALUES!r}"
    )
