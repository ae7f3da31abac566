from typing import Literal

BetaKeyPressActionType = Literal["keypress"]

BETA_KEY_PRESS_ACTION_TYPE_VALUES: set[BetaKeyPressActionType] = {
    "keypress",
}


def check_beta_key_press_action_type(value: str) -> BetaKeyPressActionType:
    if value in BETA_KEY_PRESS_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_KEY_PRESS_ACTION_TYPE_VALUES!r}"
    )
