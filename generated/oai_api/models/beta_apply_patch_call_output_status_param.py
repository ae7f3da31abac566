from typing import Literal

BetaApplyPatchCallOutputStatusParam = Literal["completed", "failed"]

BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES: set[
    BetaApplyPatchCallOutputStatusParam
] = {
    "completed",
    "failed",
}


def check_beta_apply_patch_call_output_status_param(
    value: str,
) -> BetaApplyPatchCallOutputStatusParam:
    if value in BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES!r}"
    )
