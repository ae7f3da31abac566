from typing import Literal

BetaClickParamType = Literal["click"]

BETA_CLICK_PARAM_TYPE_VALUES: set[BetaClickParamType] = {
    "click",
}


def check_beta_click_param_type(value: str) -> BetaClickParamType:
    if value in BETA_CLICK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CLICK_PARAM_TYPE_VALUES!r}"
    )
