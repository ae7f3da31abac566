from typing import Literal

BetaApplyPatchCallStatusParam = Literal["completed", "in_progress"]

BETA_APPLY_PATCH_CALL_STATUS_PARAM_VALUES: set[BetaApplyPatchCallStatusParam] = {
    "completed",
    "in_progress",
}


def check_beta_apply_patch_call_status_param(
    value: str,
) -> BetaApplyPatchCallStatusParam:
    if value in BETA_APPLY_PATCH_CALL_STATUS_PARAM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CALL_STATUS_PARAM_VALUES!r}"
    )
