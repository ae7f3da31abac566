from typing import Literal

ProjectModelPermissionsUpdateRequestMode = Literal["allow_list", "deny_list"]

PROJECT_MODEL_PERMISSIONS_UPDATE_REQUEST_MODE_VALUES: set[
    ProjectModelPermissionsUpdateRequestMode
] = {
    "allow_list",
    "deny_list",
}


def check_project_model_permissions_update_request_mode(
    value: str,
) -> ProjectModelPermissionsUpdateRequestMode:
    if value in PROJECT_MODEL_PERMISSIONS_UPDATE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_MODEL_PERMISSIONS_UPDATE_REQUEST_MODE_VALUES!r}"
    )
