from typing import Literal

BetaAdditionalToolsItemParamType = Literal["additional_tools"]

BETA_ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES: set[BetaAdditionalToolsItemParamType] = {
    "additional_tools",
}


def check_beta_additional_tools_item_param_type(
    value: str,
) -> BetaAdditionalToolsItemParamType:
    if value in BETA_ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES!r}"
    )
