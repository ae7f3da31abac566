from typing import Literal

BetaApplyPatchToolParamType = Literal["apply_patch"]

BETA_APPLY_PATCH_TOOL_PARAM_TYPE_VALUES: set[BetaApplyPatchToolParamType] = {
    "apply_patch",
}


def check_beta_apply_patch_tool_param_type(value: str) -> BetaApplyPatchToolParamType:
    if value in BETA_APPLY_PATCH_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_TOOL_PARAM_TYPE_VALUES!r}"
    )
