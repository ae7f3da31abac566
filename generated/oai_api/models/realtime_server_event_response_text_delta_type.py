from typing import Literal

RealtimeServerEventResponseTextDeltaType = Literal["response.output_text.delta"]

REALTIME_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES: set[
    RealtimeServerEventResponseTextDeltaType
] = {
    "response.output_text.delta",
}


def check_realtime_server_event_response_text_delta_type(
    value: str,
) -> RealtimeServerEventResponseTextDeltaType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_TEXT_DELTA_TYPE_VALUES!r}"
    )
