from typing import Literal

BetaDoubleClickActionType = Literal["double_click"]

BETA_DOUBLE_CLICK_ACTION_TYPE_VALUES: set[BetaDoubleClickActionType] = {
    "double_click",
}


def check_beta_double_click_action_type(value: str) -> BetaDoubleClickActionType:
    if value in BETA_DOUBLE_CLICK_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DOUBLE_CLICK_ACTION_TYPE_VALUES!r}"
    )
