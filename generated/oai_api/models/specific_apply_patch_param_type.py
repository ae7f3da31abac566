from typing import Literal

SpecificApplyPatchParamType = Literal["apply_patch"]

SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES: set[SpecificApplyPatchParamType] = {
    "apply_patch",
}


def check_specific_apply_patch_param_type(value: str) -> SpecificApplyPatchParamType:
    if value in SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES!r}"
    )
