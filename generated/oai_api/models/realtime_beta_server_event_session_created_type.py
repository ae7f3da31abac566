from typing import Literal

RealtimeBetaServerEventSessionCreatedType = Literal["session.created"]

REALTIME_BETA_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES: set[
    RealtimeBetaServerEventSessionCreatedType
] = {
    "session.created",
}


def check_realtime_beta_server_event_session_created_type(
    value: str,
) -> RealtimeBetaServerEventSessionCreatedType:
    if value in REALTIME_BETA_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES!r}"
    )
