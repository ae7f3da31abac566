from typing import Literal

BetaComputerScreenshotContentType = Literal["computer_screenshot"]

BETA_COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES: set[BetaComputerScreenshotContentType] = {
    "computer_screenshot",
}


def check_beta_computer_screenshot_content_type(
    value: str,
) -> BetaComputerScreenshotContentType:
    if value in BETA_COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_SCREENSHOT_CONTENT_TYPE_VALUES!r}"
    )
