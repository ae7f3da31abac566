from typing import Literal

BetaApplyPatchCallOutputStatus = Literal["completed", "failed"]

BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: set[BetaApplyPatchCallOutputStatus] = {
    "completed",
    "failed",
}


def check_beta_apply_patch_call_output_status(
    value: str,
) -> BetaApplyPatchCallOutputStatus:
    if value in BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES!r}"
    )
