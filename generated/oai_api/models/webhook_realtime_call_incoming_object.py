from typing import Literal

WebhookRealtimeCallIncomingObject = Literal["event"]

WEBHOOK_REALTIME_CALL_INCOMING_OBJECT_VALUES: set[WebhookRealtimeCallIncomingObject] = {
    "event",
}


def check_webhook_realtime_call_incoming_object(
    value: str,
) -> WebhookRealtimeCallIncomingObject:
    if value in WEBHOOK_REALTIME_CALL_INCOMING_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_REALTIME_CALL_INCOMING_OBJECT_VALUES!r}"
    )
