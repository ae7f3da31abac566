from typing import Literal

BetaAdditionalToolsType = Literal["additional_tools"]

BETA_ADDITIONAL_TOOLS_TYPE_VALUES: set[BetaAdditionalToolsType] = {
    "additional_tools",
}


def check_beta_additional_tools_type(value: str) -> BetaAdditionalToolsType:
    if value in BETA_ADDITIONAL_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ADDITIONAL_TOOLS_TYPE_VALUES!r}"
    )
