from typing import Literal

RealtimeServerEventResponseTextDoneType = Literal["response.output_text.done"]

REALTIME_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseTextDoneType
] = {
    "response.output_text.done",
}


def check_realtime_server_event_response_text_done_type(
    value: str,
) -> RealtimeServerEventResponseTextDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_TEXT_DONE_TYPE_VALUES!r}"
    )
