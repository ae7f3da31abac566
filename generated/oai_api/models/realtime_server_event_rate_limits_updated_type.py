from typing import Literal

RealtimeServerEventRateLimitsUpdatedType = Literal["rate_limits.updated"]

REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES: set[
    RealtimeServerEventRateLimitsUpdatedType
] = {
    "rate_limits.updated",
}


def check_realtime_server_event_rate_limits_updated_type(
    value: str,
) -> RealtimeServerEventRateLimitsUpdatedType:
    if value in REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES!r}"
    )
