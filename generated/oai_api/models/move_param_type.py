from typing import Literal

MoveParamType = Literal["move"]

MOVE_PARAM_TYPE_VALUES: set[MoveParamType] = {
    "move",
}


def check_move_param_type(value: str) -> MoveParamType:
    if value in MOVE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOVE_PARAM_TYPE_VALUES!r}"
    )
