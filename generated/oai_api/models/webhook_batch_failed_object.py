from typing import Literal

WebhookBatchFailedObject = Literal["event"]

WEBHOOK_BATCH_FAILED_OBJECT_VALUES: set[WebhookBatchFailedObject] = {
    "event",
}


def check_webhook_batch_failed_object(value: str) -> WebhookBatchFailedObject:
    if value in WEBHOOK_BATCH_FAILED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_FAILED_OBJECT_VALUES!r}"
    )
