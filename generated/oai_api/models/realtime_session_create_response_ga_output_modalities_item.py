from typing import Literal

RealtimeSessionCreateResponseGAOutputModalitiesItem = Literal["audio", "text"]

REALTIME_SESSION_CREATE_RESPONSE_GA_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeSessionCreateResponseGAOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_session_create_response_ga_output_modalities_item(
    value: str,
) -> RealtimeSessionCreateResponseGAOutputModalitiesItem:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_OUTPUT_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_OUTPUT_MODALITIES_ITEM_VALUES!r}"
    )
