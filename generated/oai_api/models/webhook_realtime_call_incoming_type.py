from typing import Literal

WebhookRealtimeCallIncomingType = Literal["realtime.call.incoming"]

WEBHOOK_REALTIME_CALL_INCOMING_TYPE_VALUES: set[WebhookRealtimeCallIncomingType] = {
    "realtime.call.incoming",
}


def check_webhook_realtime_call_incoming_type(
    value: str,
) -> WebhookRealtimeCallIncomingType:
    if value in WEBHOOK_REALTIME_CALL_INCOMING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_REALTIME_CALL_INCOMING_TYPE_VALUES!r}"
    )
