from typing import Literal

BetaAdditionalToolsItemParamRole = Literal["developer"]

BETA_ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES: set[BetaAdditionalToolsItemParamRole] = {
    "developer",
}


def check_beta_additional_tools_item_param_role(
    value: str,
) -> BetaAdditionalToolsItemParamRole:
    if value in BETA_ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES!r}"
    )
