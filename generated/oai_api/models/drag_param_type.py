from typing import Literal

DragParamType = Literal["drag"]

DRAG_PARAM_TYPE_VALUES: set[DragParamType] = {
    "drag",
}


def check_drag_param_type(value: str) -> DragParamType:
    if value in DRAG_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRAG_PARAM_TYPE_VALUES!r}"
    )
