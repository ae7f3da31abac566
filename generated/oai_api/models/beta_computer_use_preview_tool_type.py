from typing import Literal

BetaComputerUsePreviewToolType = Literal["computer_use_preview"]

BETA_COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES: set[BetaComputerUsePreviewToolType] = {
    "computer_use_preview",
}


def check_beta_computer_use_preview_tool_type(
    value: str,
) -> BetaComputerUsePreviewToolType:
    if value in BETA_COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES!r}"
    )
