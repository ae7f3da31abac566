from typing import Literal

BetaApplyPatchUpdateFileOperationType = Literal["update_file"]

BETA_APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES: set[
    BetaApplyPatchUpdateFileOperationType
] = {
    "update_file",
}


def check_beta_apply_patch_update_file_operation_type(
    value: str,
) -> BetaApplyPatchUpdateFileOperationType:
    if value in BETA_APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES!r}"
    )
