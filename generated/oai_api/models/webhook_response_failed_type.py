from typing import Literal

WebhookResponseFailedType = Literal["response.failed"]

WEBHOOK_RESPONSE_FAILED_TYPE_VALUES: set[WebhookResponseFailedType] = {
    "response.failed",
}


def check_webhook_response_failed_type(value: str) -> WebhookResponseFailedType:
    if value in WEBHOOK_RESPONSE_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_FAILED_TYPE_VALUES!r}"
    )
