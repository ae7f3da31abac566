from typing import Literal

RealtimeServerEventSessionCreatedType = Literal["session.created"]

REALTIME_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES: set[
    RealtimeServerEventSessionCreatedType
] = {
    "session.created",
}


def check_realtime_server_event_session_created_type(
    value: str,
) -> RealtimeServerEventSessionCreatedType:
    if value in REALTIME_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_SESSION_CREATED_TYPE_VALUES!r}"
    )
