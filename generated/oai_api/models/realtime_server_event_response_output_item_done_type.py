from typing import Literal

RealtimeServerEventResponseOutputItemDoneType = Literal["response.output_item.done"]

REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseOutputItemDoneType
] = {
    "response.output_item.done",
}


def check_realtime_server_event_response_output_item_done_type(
    value: str,
) -> RealtimeServerEventResponseOutputItemDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES!r}"
    )
