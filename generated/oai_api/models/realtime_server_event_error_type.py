from typing import Literal

RealtimeServerEventErrorType = Literal["error"]

REALTIME_SERVER_EVENT_ERROR_TYPE_VALUES: set[RealtimeServerEventErrorType] = {
    "error",
}


def check_realtime_server_event_error_type(value: str) -> RealtimeServerEventErrorType:
    if value in REALTIME_SERVER_EVENT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_ERROR_TYPE_VALUES!r}"
    )
