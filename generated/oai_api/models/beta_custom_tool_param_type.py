from typing import Literal

BetaCustomToolParamType = Literal["custom"]

BETA_CUSTOM_TOOL_PARAM_TYPE_VALUES: set[BetaCustomToolParamType] = {
    "custom",
}


def check_beta_custom_tool_param_type(value: str) -> BetaCustomToolParamType:
    if value in BETA_CUSTOM_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CUSTOM_TOOL_PARAM_TYPE_VALUES!r}"
    )
