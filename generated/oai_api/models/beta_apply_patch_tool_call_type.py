from typing import Literal

BetaApplyPatchToolCallType = Literal["apply_patch_call"]

BETA_APPLY_PATCH_TOOL_CALL_TYPE_VALUES: set[BetaApplyPatchToolCallType] = {
    "apply_patch_call",
}


def check_beta_apply_patch_tool_call_type(value: str) -> BetaApplyPatchToolCallType:
    if value in BETA_APPLY_PATCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_TOOL_CALL_TYPE_VALUES!r}"
    )
