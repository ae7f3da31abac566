from typing import Literal

BetaApplyPatchToolCallItemParamType = Literal["apply_patch_call"]

BETA_APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES: set[
    BetaApplyPatchToolCallItemParamType
] = {
    "apply_patch_call",
}


def check_beta_apply_patch_tool_call_item_param_type(
    value: str,
) -> BetaApplyPatchToolCallItemParamType:
    if value in BETA_APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
