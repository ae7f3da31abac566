from typing import Literal

RealtimeBetaResponseCreateParamsToolsItemType = Literal["function"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_TOOLS_ITEM_TYPE_VALUES: set[
    RealtimeBetaResponseCreateParamsToolsItemType
] = {
    "function",
}


def check_realtime_beta_response_create_params_tools_item_type(
    value: str,
) -> RealtimeBetaResponseCreateParamsToolsItemType:
    if value in REALTIME_BETA_RESPONSE_CREATE_PARAMS_TOOLS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_CREATE_PARAMS_TOOLS_ITEM_TYPE_VALUES!r}"
    )
