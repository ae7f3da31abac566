from typing import Literal

ScreenshotParamType = Literal["screenshot"]

SCREENSHOT_PARAM_TYPE_VALUES: set[ScreenshotParamType] = {
    "screenshot",
}


def check_screenshot_param_type(value: str) -> ScreenshotParamType:
    if value in SCREENSHOT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCREENSHOT_PARAM_TYPE_VALUES!r}"
    )
