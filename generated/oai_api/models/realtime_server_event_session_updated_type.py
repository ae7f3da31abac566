from typing import Literal

RealtimeServerEventSessionUpdatedType = Literal["session.updated"]

REALTIME_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES: set[
    RealtimeServerEventSessionUpdatedType
] = {
    "session.updated",
}


def check_realtime_server_event_session_updated_type(
    value: str,
) -> RealtimeServerEventSessionUpdatedType:
    if value in REALTIME_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_SESSION_UPDATED_TYPE_VALUES!r}"
    )
