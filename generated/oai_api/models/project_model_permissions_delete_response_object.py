from typing import Literal

ProjectModelPermissionsDeleteResponseObject = Literal[
    "project.model_permissions.deleted"
]

PROJECT_MODEL_PERMISSIONS_DELETE_RESPONSE_OBJECT_VALUES: set[
    ProjectModelPermissionsDeleteResponseObject
] = {
    "project.model_permissions.deleted",
}


def check_project_model_permissions_delete_response_object(
    value: str,
) -> ProjectModelPermissionsDeleteResponseObject:
    if value in PROJECT_MODEL_PERMISSIONS_DELETE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_MODEL_PERMISSIONS_DELETE_RESPONSE_OBJECT_VALUES!r}"
    )
