from typing import Literal

BetaClickButtonType = Literal["back", "forward", "left", "right", "wheel"]

BETA_CLICK_BUTTON_TYPE_VALUES: set[BetaClickButtonType] = {
    "back",
    "forward",
    "left",
    "right",
    "wheel",
}


def check_beta_click_button_type(value: str) -> BetaClickButtonType:
    if value in BETA_CLICK_BUTTON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CLICK_BUTTON_TYPE_VALUES!r}"
    )
