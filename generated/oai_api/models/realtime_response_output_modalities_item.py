from typing import Literal

RealtimeResponseOutputModalitiesItem = Literal["audio", "text"]

REALTIME_RESPONSE_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeResponseOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_response_output_modalities_item(
    value: str,
) -> RealtimeResponseOutputModalitiesItem:
    if value in REALTIME_RESPONSE_OUTPUT_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_OUTPUT_MODALITIES_ITEM_VALUES!r}"
    )
