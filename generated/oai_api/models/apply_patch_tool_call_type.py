from typing import Literal

ApplyPatchToolCallType = Literal["apply_patch_call"]

APPLY_PATCH_TOOL_CALL_TYPE_VALUES: set[ApplyPatchToolCallType] = {
    "apply_patch_call",
}


def check_apply_patch_tool_call_type(value: str) -> ApplyPatchToolCallType:
    if value in APPLY_PATCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_CALL_TYPE_VALUES!r}"
    )
