from typing import Literal

RealtimeServerEventResponseContentPartDonePartType = Literal["audio", "text"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_PART_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartDonePartType
] = {
    "audio",
    "text",
}


def check_realtime_server_event_response_content_part_done_part_type(
    value: str,
) -> RealtimeServerEventResponseContentPartDonePartType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_PART_TYPE_VALUES!r}"
    )
