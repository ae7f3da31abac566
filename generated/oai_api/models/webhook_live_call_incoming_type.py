from typing import Literal

WebhookLiveCallIncomingType = Literal["live.call.incoming"]

WEBHOOK_LIVE_CALL_INCOMING_TYPE_VALUES: set[WebhookLiveCallIncomingType] = {
    "live.call.incoming",
}


def check_webhook_live_call_incoming_type(value: str) -> WebhookLiveCallIncomingType:
    if value in WEBHOOK_LIVE_CALL_INCOMING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_LIVE_CALL_INCOMING_TYPE_VALUES!r}"
    )
