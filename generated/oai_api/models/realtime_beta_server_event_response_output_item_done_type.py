from typing import Literal

RealtimeBetaServerEventResponseOutputItemDoneType = Literal["response.output_item.done"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseOutputItemDoneType
] = {
    "response.output_item.done",
}


def check_realtime_beta_server_event_response_output_item_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseOutputItemDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES!r}"
    )
