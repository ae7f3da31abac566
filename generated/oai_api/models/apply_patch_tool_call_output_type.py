from typing import Literal

ApplyPatchToolCallOutputType = Literal["apply_patch_call_output"]

APPLY_PATCH_TOOL_CALL_OUTPUT_TYPE_VALUES: set[ApplyPatchToolCallOutputType] = {
    "apply_patch_call_output",
}


def check_apply_patch_tool_call_output_type(value: str) -> ApplyPatchToolCallOutputType:
    if value in APPLY_PATCH_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
