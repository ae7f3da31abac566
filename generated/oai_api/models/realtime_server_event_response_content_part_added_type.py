from typing import Literal

RealtimeServerEventResponseContentPartAddedType = Literal["response.content_part.added"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartAddedType
] = {
    "response.content_part.added",
}


def check_realtime_server_event_response_content_part_added_type(
    value: str,
) -> RealtimeServerEventResponseContentPartAddedType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_TYPE_VALUES!r}"
    )
