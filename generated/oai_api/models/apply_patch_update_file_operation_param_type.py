from typing import Literal

ApplyPatchUpdateFileOperationParamType = Literal["update_file"]

APPLY_PATCH_UPDATE_FILE_OPERATION_PARAM_TYPE_VALUES: set[
    ApplyPatchUpdateFileOperationParamType
] = {
    "update_file",
}


def check_apply_patch_update_file_operation_param_type(
    value: str,
) -> ApplyPatchUpdateFileOperationParamType:
    if value in APPLY_PATCH_UPDATE_FILE_OPERATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_UPDATE_FILE_OPERATION_PARAM_TYPE_VALUES!r}"
    )
