from typing import Literal

RealtimeServerEventRateLimitsUpdatedRateLimitsItemName = Literal["requests", "tokens"]

REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES: set[
    RealtimeServerEventRateLimitsUpdatedRateLimitsItemName
] = {
    "requests",
    "tokens",
}


def check_realtime_server_event_rate_limits_updated_rate_limits_item_name(
    value: str,
) -> RealtimeServerEventRateLimitsUpdatedRateLimitsItemName:
    if value in REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES!r}"
    )
