from typing import Literal

BetaScreenshotParamType = Literal["screenshot"]

BETA_SCREENSHOT_PARAM_TYPE_VALUES: set[BetaScreenshotParamType] = {
    "screenshot",
}


def check_beta_screenshot_param_type(value: str) -> BetaScreenshotParamType:
    if value in BETA_SCREENSHOT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SCREENSHOT_PARAM_TYPE_VALUES!r}"
    )
