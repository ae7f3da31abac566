from typing import Literal

BetaApplyPatchCallStatus = Literal["completed", "in_progress"]

BETA_APPLY_PATCH_CALL_STATUS_VALUES: set[BetaApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_beta_apply_patch_call_status(value: str) -> BetaApplyPatchCallStatus:
    if value in BETA_APPLY_PATCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CALL_STATUS_VALUES!r}"
    )
