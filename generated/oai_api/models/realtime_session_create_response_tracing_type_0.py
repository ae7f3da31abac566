from typing import Literal

RealtimeSessionCreateResponseTracingType0 = Literal["auto"]

REALTIME_SESSION_CREATE_RESPONSE_TRACING_TYPE_0_VALUES: set[
    RealtimeSessionCreateResponseTracingType0
] = {
    "auto",
}


def check_realtime_session_create_response_tracing_type_0(
    value: str,
) -> RealtimeSessionCreateResponseTracingType0:
    if value in REALTIME_SESSION_CREATE_RESPONSE_TRACING_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_TRACING_TYPE_0_VALUES!r}"
    )
