from typing import Literal

RealtimeServerEventResponseContentPartAddedPartType = Literal["audio", "text"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartAddedPartType
] = {
    "audio",
    "text",
}


def check_realtime_server_event_response_content_part_added_part_type(
    value: str,
) -> RealtimeServerEventResponseContentPartAddedPartType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES!r}"
    )
