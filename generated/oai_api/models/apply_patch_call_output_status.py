from typing import Literal

ApplyPatchCallOutputStatus = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: set[ApplyPatchCallOutputStatus] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_status(value: str) -> ApplyPatchCallOutputStatus:
    if value in APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES!r}"
    )
