from typing import Literal

RealtimeBetaServerEventSessionUpdatedType = Literal["session.updated"]

REALTIME_BETA_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES: set[
    RealtimeBetaServerEventSessionUpdatedType
] = {
    "session.updated",
}


def check_realtime_beta_server_event_session_updated_type(
    value: str,
) -> RealtimeBetaServerEventSessionUpdatedType:
    if value in REALTIME_BETA_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES!r}"
    )
