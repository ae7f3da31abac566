from typing import Literal

ComputerUsePreviewToolType = Literal["computer_use_preview"]

COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES: set[ComputerUsePreviewToolType] = {
    "computer_use_preview",
}


def check_computer_use_preview_tool_type(value: str) -> ComputerUsePreviewToolType:
    if value in COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES!r}"
    )
