from typing import Literal

WebhookLiveCallIncomingObject = Literal["event"]

WEBHOOK_LIVE_CALL_INCOMING_OBJECT_VALUES: set[WebhookLiveCallIncomingObject] = {
    "event",
}


def check_webhook_live_call_incoming_object(
    value: str,
) -> WebhookLiveCallIncomingObject:
    if value in WEBHOOK_LIVE_CALL_INCOMING_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_LIVE_CALL_INCOMING_OBJECT_VALUES!r}"
    )
