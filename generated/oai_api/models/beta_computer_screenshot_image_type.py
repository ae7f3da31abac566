from typing import Literal

BetaComputerScreenshotImageType = Literal["computer_screenshot"]

BETA_COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES: set[BetaComputerScreenshotImageType] = {
    "computer_screenshot",
}


def check_beta_computer_screenshot_image_type(
    value: str,
) -> BetaComputerScreenshotImageType:
    if value in BETA_COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES!r}"
    )
