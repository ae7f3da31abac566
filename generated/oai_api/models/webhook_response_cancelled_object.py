from typing import Literal

WebhookResponseCancelledObject = Literal["event"]

WEBHOOK_RESPONSE_CANCELLED_OBJECT_VALUES: set[WebhookResponseCancelledObject] = {
    "event",
}


def check_webhook_response_cancelled_object(
    value: str,
) -> WebhookResponseCancelledObject:
    if value in WEBHOOK_RESPONSE_CANCELLED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_CANCELLED_OBJECT_VALUES!r}"
    )
