from typing import Literal

RealtimeSessionTracingType0Type0 = Literal["auto"]

REALTIME_SESSION_TRACING_TYPE_0_TYPE_0_VALUES: set[RealtimeSessionTracingType0Type0] = {
    "auto",
}


def check_realtime_session_tracing_type_0_type_0(
    value: str,
) -> RealtimeSessionTracingType0Type0:
    if value in REALTIME_SESSION_TRACING_TYPE_0_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_TRACING_TYPE_0_TYPE_0_VALUES!r}"
    )
