from typing import Literal

BetaApplyPatchCreateFileOperationType = Literal["create_file"]

BETA_APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES: set[
    BetaApplyPatchCreateFileOperationType
] = {
    "create_file",
}


def check_beta_apply_patch_create_file_operation_type(
    value: str,
) -> BetaApplyPatchCreateFileOperationType:
    if value in BETA_APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES!r}"
    )
