from typing import Literal

DoubleClickActionType = Literal["double_click"]

DOUBLE_CLICK_ACTION_TYPE_VALUES: set[DoubleClickActionType] = {
    "double_click",
}


def check_double_click_action_type(value: str) -> DoubleClickActionType:
    if value in DOUBLE_CLICK_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBLE_CLICK_ACTION_TYPE_VALUES!r}"
    )
