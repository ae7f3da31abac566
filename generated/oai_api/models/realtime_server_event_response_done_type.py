from typing import Literal

RealtimeServerEventResponseDoneType = Literal["response.done"]

REALTIME_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseDoneType
] = {
    "response.done",
}


def check_realtime_server_event_response_done_type(
    value: str,
) -> RealtimeServerEventResponseDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_DONE_TYPE_VALUES!r}"
    )
