from typing import Literal

ComputerScreenshotImageType = Literal["computer_screenshot"]

COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES: set[ComputerScreenshotImageType] = {
    "computer_screenshot",
}


def check_computer_screenshot_image_type(value: str) -> ComputerScreenshotImageType:
    if value in COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES!r}"
    )
