from typing import Literal

ComputerScreenshotContentType = Literal["computer_screenshot"]

COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES: set[ComputerScreenshotContentType] = {
    "computer_screenshot",
}


def check_computer_screenshot_content_type(value: str) -> ComputerScreenshotContentType:
    if value in COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES!r}"
    )
