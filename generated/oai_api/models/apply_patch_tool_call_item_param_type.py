from typing import Literal

ApplyPatchToolCallItemParamType = Literal["apply_patch_call"]

APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES: set[ApplyPatchToolCallItemParamType] = {
    "apply_patch_call",
}


def check_apply_patch_tool_call_item_param_type(
    value: str,
) -> ApplyPatchToolCallItemParamType:
    if value in APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
