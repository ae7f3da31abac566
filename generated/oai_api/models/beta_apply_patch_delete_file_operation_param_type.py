from typing import Literal

BetaApplyPatchDeleteFileOperationParamType = Literal["delete_file"]

BETA_APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES: set[
    BetaApplyPatchDeleteFileOperationParamType
] = {
    "delete_file",
}


def check_beta_apply_patch_delete_file_operation_param_type(
    value: str,
) -> BetaApplyPatchDeleteFileOperationParamType:
    if value in BETA_APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES!r}"
    )
