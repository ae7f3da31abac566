from typing import Literal

RealtimeBetaServerEventResponseOutputItemAddedType = Literal[
    "response.output_item.added"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseOutputItemAddedType
] = {
    "response.output_item.added",
}


def check_realtime_beta_server_event_response_output_item_added_type(
    value: str,
) -> RealtimeBetaServerEventResponseOutputItemAddedType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES!r}"
    )
