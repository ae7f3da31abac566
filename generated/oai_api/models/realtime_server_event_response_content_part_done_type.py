from typing import Literal

RealtimeServerEventResponseContentPartDoneType = Literal["response.content_part.done"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartDoneType
] = {
    "response.content_part.done",
}


def check_realtime_server_event_response_content_part_done_type(
    value: str,
) -> RealtimeServerEventResponseContentPartDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_TYPE_VALUES!r}"
    )
