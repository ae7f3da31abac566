from typing import Literal

WebhookResponseCancelledType = Literal["response.cancelled"]

WEBHOOK_RESPONSE_CANCELLED_TYPE_VALUES: set[WebhookResponseCancelledType] = {
    "response.cancelled",
}


def check_webhook_response_cancelled_type(value: str) -> WebhookResponseCancelledType:
    if value in WEBHOOK_RESPONSE_CANCELLED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_CANCELLED_TYPE_VALUES!r}"
    )
