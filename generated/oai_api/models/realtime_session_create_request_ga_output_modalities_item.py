from typing import Literal

RealtimeSessionCreateRequestGAOutputModalitiesItem = Literal["audio", "text"]

REALTIME_SESSION_CREATE_REQUEST_GA_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeSessionCreateRequestGAOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_session_create_request_ga_output_modalities_item(
    value: str,
) -> RealtimeSessionCreateRequestGAOutputModalitiesItem:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_OUTPUT_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_OUTPUT_MODALITIES_ITEM_VALUES!r}"
    )
