from typing import Literal

WebhookBatchExpiredObject = Literal["event"]

WEBHOOK_BATCH_EXPIRED_OBJECT_VALUES: set[WebhookBatchExpiredObject] = {
    "event",
}


def check_webhook_batch_expired_object(value: str) -> WebhookBatchExpiredObject:
    if value in WEBHOOK_BATCH_EXPIRED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_BATCH_EXPIRED_OBJECT_VALUES!r}"
    )
