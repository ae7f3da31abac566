from typing import Literal

RealtimeServerEventResponseCreatedType = Literal["response.created"]

REALTIME_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES: set[
    RealtimeServerEventResponseCreatedType
] = {
    "response.created",
}


def check_realtime_server_event_response_created_type(
    value: str,
) -> RealtimeServerEventResponseCreatedType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_CREATED_TYPE_VALUES!r}"
    )
