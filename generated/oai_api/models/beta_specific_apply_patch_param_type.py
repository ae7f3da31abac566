from typing import Literal

BetaSpecificApplyPatchParamType = Literal["apply_patch"]

BETA_SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES: set[BetaSpecificApplyPatchParamType] = {
    "apply_patch",
}


def check_beta_specific_apply_patch_param_type(
    value: str,
) -> BetaSpecificApplyPatchParamType:
    if value in BETA_SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SPECIFIC_APPLY_PATCH_PARAM_TYPE_VALUES!r}"
    )
