from typing import Literal

RealtimeBetaResponseCreateParamsModalitiesItem = Literal["audio", "text"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_MODALITIES_ITEM_VALUES: set[
    RealtimeBetaResponseCreateParamsModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_beta_response_create_params_modalities_item(
    value: str,
) -> RealtimeBetaResponseCreateParamsModalitiesItem:
    if value in REALTIME_BETA_RESPONSE_CREATE_PARAMS_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_CREATE_PARAMS_MODALITIES_ITEM_VALUES!r}"
    )
