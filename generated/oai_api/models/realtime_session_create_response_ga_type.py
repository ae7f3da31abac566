from typing import Literal

RealtimeSessionCreateResponseGAType = Literal["realtime"]

REALTIME_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES: set[
    RealtimeSessionCreateResponseGAType
] = {
    "realtime",
}


def check_realtime_session_create_response_ga_type(
    value: str,
) -> RealtimeSessionCreateResponseGAType:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES!r}"
    )
