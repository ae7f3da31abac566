from typing import Literal

RealtimeClientEventSessionUpdateType = Literal["session.update"]

REALTIME_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES: set[
    RealtimeClientEventSessionUpdateType
] = {
    "session.update",
}


def check_realtime_client_event_session_update_type(
    value: str,
) -> RealtimeClientEventSessionUpdateType:
    if value in REALTIME_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES!r}"
    )
