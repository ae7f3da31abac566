from typing import Literal

WebhookResponseCompletedObject = Literal["event"]

WEBHOOK_RESPONSE_COMPLETED_OBJECT_VALUES: set[WebhookResponseCompletedObject] = {
    "event",
}


def check_webhook_response_completed_object(
    value: str,
) -> WebhookResponseCompletedObject:
    if value in WEBHOOK_RESPONSE_COMPLETED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_COMPLETED_OBJECT_VALUES!r}"
    )
