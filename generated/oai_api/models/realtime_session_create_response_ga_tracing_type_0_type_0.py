from typing import Literal

RealtimeSessionCreateResponseGATracingType0Type0 = Literal["auto"]

REALTIME_SESSION_CREATE_RESPONSE_GA_TRACING_TYPE_0_TYPE_0_VALUES: set[
    RealtimeSessionCreateResponseGATracingType0Type0
] = {
    "auto",
}


def check_realtime_session_create_response_ga_tracing_type_0_type_0(
    value: str,
) -> RealtimeSessionCreateResponseGATracingType0Type0:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_TRACING_TYPE_0_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_TRACING_TYPE_0_TYPE_0_VALUES!r}"
    )
