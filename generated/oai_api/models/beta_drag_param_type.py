from typing import Literal

BetaDragParamType = Literal["drag"]

BETA_DRAG_PARAM_TYPE_VALUES: set[BetaDragParamType] = {
    "drag",
}


def check_beta_drag_param_type(value: str) -> BetaDragParamType:
    if value in BETA_DRAG_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DRAG_PARAM_TYPE_VALUES!r}"
    )
