from typing import Literal

RealtimeSessionCreateRequestGAType = Literal["realtime"]

REALTIME_SESSION_CREATE_REQUEST_GA_TYPE_VALUES: set[
    RealtimeSessionCreateRequestGAType
] = {
    "realtime",
}


def check_realtime_session_create_request_ga_type(
    value: str,
) -> RealtimeSessionCreateRequestGAType:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_TYPE_VALUES!r}"
    )
