from typing import Literal

BetaScrollParamType = Literal["scroll"]

BETA_SCROLL_PARAM_TYPE_VALUES: set[BetaScrollParamType] = {
    "scroll",
}


def check_beta_scroll_param_type(value: str) -> BetaScrollParamType:
    if value in BETA_SCROLL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SCROLL_PARAM_TYPE_VALUES!r}"
    )
