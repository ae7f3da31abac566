from typing import Literal

WebhookResponseIncompleteObject = Literal["event"]

WEBHOOK_RESPONSE_INCOMPLETE_OBJECT_VALUES: set[WebhookResponseIncompleteObject] = {
    "event",
}


def check_webhook_response_incomplete_object(
    value: str,
) -> WebhookResponseIncompleteObject:
    if value in WEBHOOK_RESPONSE_INCOMPLETE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_RESPONSE_INCOMPLETE_OBJECT_VALUES!r}"
    )
