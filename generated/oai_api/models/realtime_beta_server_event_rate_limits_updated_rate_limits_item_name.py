from typing import Literal

RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName = Literal[
    "requests", "tokens"
]

REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES: set[
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName
] = {
    "requests",
    "tokens",
}


def check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name(
    value: str,
) -> RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName:
    if (
        value
        in REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES!r}"
    )
