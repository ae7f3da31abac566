from typing import Literal

RealtimeClientEventResponseCreateType = Literal["response.create"]

REALTIME_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES: set[
    RealtimeClientEventResponseCreateType
] = {
    "response.create",
}


def check_realtime_client_event_response_create_type(
    value: str,
) -> RealtimeClientEventResponseCreateType:
    if value in REALTIME_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_RESPONSE_CREATE_TYPE_VALUES!r}"
    )
