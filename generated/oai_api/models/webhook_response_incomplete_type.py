from typing import Literal

WebhookResponseIncompleteType = Literal["response.incomplete"]

WEBHOOK_RESPONSE_INCOMPLETE_TYPE_VALUES: set[WebhookResponseIncompleteType] = {
    "response.incomplete",
}


def check_webhook_response_incomplete_type(value: str) -> WebhookResponseIncompleteType:
    if value in WEBHOOK_RESPONSE_INCOMPLETE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_INCOMPLETE_TYPE_VALUES!r}"
    )
