from typing import Literal

BetaMoveParamType = Literal["move"]

BETA_MOVE_PARAM_TYPE_VALUES: set[BetaMoveParamType] = {
    "move",
}


def check_beta_move_param_type(value: str) -> BetaMoveParamType:
    if value in BETA_MOVE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MOVE_PARAM_TYPE_VALUES!r}"
    )
