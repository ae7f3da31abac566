from typing import Literal

RealtimeClientEventResponseCancelType = Literal["response.cancel"]

REALTIME_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES: set[
    RealtimeClientEventResponseCancelType
] = {
    "response.cancel",
}


def check_realtime_client_event_response_cancel_type(
    value: str,
) -> RealtimeClientEventResponseCancelType:
    if value in REALTIME_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_RESPONSE_CANCEL_TYPE_VALUES!r}"
    )
