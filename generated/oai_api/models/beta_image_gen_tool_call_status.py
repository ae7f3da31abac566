from typing import Literal

BetaImageGenToolCallStatus = Literal["completed", "failed", "generating", "in_progress"]

BETA_IMAGE_GEN_TOOL_CALL_STATUS_VALUES: set[BetaImageGenToolCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_beta_image_gen_tool_call_status(value: str) -> BetaImageGenToolCallStatus:
    if value in BETA_IMAGE_GEN_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_CALL_STATUS_VALUES!r}"
    )
