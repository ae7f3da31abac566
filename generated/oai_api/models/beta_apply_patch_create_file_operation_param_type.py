from typing import Literal

BetaApplyPatchCreateFileOperationParamType = Literal["create_file"]

BETA_APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES: set[
    BetaApplyPatchCreateFileOperationParamType
] = {
    "create_file",
}


def check_beta_apply_patch_create_file_operation_param_type(
    value: str,
) -> BetaApplyPatchCreateFileOperationParamType:
    if value in BETA_APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES!r}"
    )
