from typing import Literal

RealtimeSessionCreateRequestGATracingType0 = Literal["auto"]

REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_TYPE_0_VALUES: set[
    RealtimeSessionCreateRequestGATracingType0
] = {
    "auto",
}


def check_realtime_session_create_request_ga_tracing_type_0(
    value: str,
) -> RealtimeSessionCreateRequestGATracingType0:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_TYPE_0_VALUES!r}"
    )
