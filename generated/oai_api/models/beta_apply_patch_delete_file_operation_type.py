from typing import Literal

BetaApplyPatchDeleteFileOperationType = Literal["delete_file"]

BETA_APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES: set[
    BetaApplyPatchDeleteFileOperationType
] = {
    "delete_file",
}


def check_beta_apply_patch_delete_file_operation_type(
    value: str,
) -> BetaApplyPatchDeleteFileOperationType:
    if value in BETA_APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES!r}"
    )
