from typing import Literal

BetaApplyPatchToolCallOutputItemParamType = Literal["apply_patch_call_output"]

BETA_APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaApplyPatchToolCallOutputItemParamType
] = {
    "apply_patch_call_output",
}


def check_beta_apply_patch_tool_call_output_item_param_type(
    value: str,
) -> BetaApplyPatchToolCallOutputItemParamType:
    if value in BETA_APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
