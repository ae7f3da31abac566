from typing import Literal

RealtimeBetaServerEventRateLimitsUpdatedType = Literal["rate_limits.updated"]

REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES: set[
    RealtimeBetaServerEventRateLimitsUpdatedType
] = {
    "rate_limits.updated",
}


def check_realtime_beta_server_event_rate_limits_updated_type(
    value: str,
) -> RealtimeBetaServerEventRateLimitsUpdatedType:
    if value in REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_TYPE_VALUES!r}"
    )
