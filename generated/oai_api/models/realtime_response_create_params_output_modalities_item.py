from typing import Literal

RealtimeResponseCreateParamsOutputModalitiesItem = Literal["audio", "text"]

REALTIME_RESPONSE_CREATE_PARAMS_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeResponseCreateParamsOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_response_create_params_output_modalities_item(
    value: str,
) -> RealtimeResponseCreateParamsOutputModalitiesItem:
    if value in REALTIME_RESPONSE_CREATE_PARAMS_OUTPUT_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_CREATE_PARAMS_OUTPUT_MODALITIES_ITEM_VALUES!r}"
    )
