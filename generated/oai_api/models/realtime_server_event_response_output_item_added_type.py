from typing import Literal

RealtimeServerEventResponseOutputItemAddedType = Literal["response.output_item.added"]

REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES: set[
    RealtimeServerEventResponseOutputItemAddedType
] = {
    "response.output_item.added",
}


def check_realtime_server_event_response_output_item_added_type(
    value: str,
) -> RealtimeServerEventResponseOutputItemAddedType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES!r}"
    )
