from typing import Literal

WebhookBatchCancelledObject = Literal["event"]

WEBHOOK_BATCH_CANCELLED_OBJECT_VALUES: set[WebhookBatchCancelledObject] = {
    "event",
}


def check_webhook_batch_cancelled_object(value: str) -> WebhookBatchCancelledObject:
    if value in WEBHOOK_BATCH_CANCELLED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_CANCELLED_OBJECT_VALUES!r}"
    )
