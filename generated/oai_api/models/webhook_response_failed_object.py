from typing import Literal

WebhookResponseFailedObject = Literal["event"]

WEBHOOK_RESPONSE_FAILED_OBJECT_VALUES: set[WebhookResponseFailedObject] = {
    "event",
}


def check_webhook_response_failed_object(value: str) -> WebhookResponseFailedObject:
    if value in WEBHOOK_RESPONSE_FAILED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_FAILED_OBJECT_VALUES!r}"
    )
