from typing import Literal

RealtimeSessionCreateResponseGAObject = Literal["realtime.session"]

REALTIME_SESSION_CREATE_RESPONSE_GA_OBJECT_VALUES: set[
    RealtimeSessionCreateResponseGAObject
] = {
    "realtime.session",
}


def check_realtime_session_create_response_ga_object(
    value: str,
) -> RealtimeSessionCreateResponseGAObject:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_OBJECT_VALUES!r}"
    )
