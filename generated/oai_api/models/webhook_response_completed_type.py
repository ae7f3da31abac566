from typing import Literal

WebhookResponseCompletedType = Literal["response.completed"]

WEBHOOK_RESPONSE_COMPLETED_TYPE_VALUES: set[WebhookResponseCompletedType] = {
    "response.completed",
}


def check_webhook_response_completed_type(value: str) -> WebhookResponseCompletedType:
    if value in WEBHOOK_RESPONSE_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_COMPLETED_TYPE_VALUES!r}"
    )
