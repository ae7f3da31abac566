from typing import Literal

RealtimeSessionCreateRequestTracingType0 = Literal["auto"]

REALTIME_SESSION_CREATE_REQUEST_TRACING_TYPE_0_VALUES: set[
    RealtimeSessionCreateRequestTracingType0
] = {
    "auto",
}


def check_realtime_session_create_request_tracing_type_0(
    value: str,
) -> RealtimeSessionCreateRequestTracingType0:
    if value in REALTIME_SESSION_CREATE_REQUEST_TRACING_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_TRACING_TYPE_0_VALUES!r}"
    )
