from typing import Literal

RealtimeBetaClientEventSessionUpdateType = Literal["session.update"]

REALTIME_BETA_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES: set[
    RealtimeBetaClientEventSessionUpdateType
] = {
    "session.update",
}


def check_realtime_beta_client_event_session_update_type(
    value: str,
) -> RealtimeBetaClientEventSessionUpdateType:
    if value in REALTIME_BETA_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_SESSION_UPDATE_TYPE_VALUES!r}"
    )
