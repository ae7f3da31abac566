from typing import Literal

ProjectModelPermissionsObject = Literal["project.model_permissions"]

PROJECT_MODEL_PERMISSIONS_OBJECT_VALUES: set[ProjectModelPermissionsObject] = {
    "project.model_permissions",
}


def check_project_model_permissions_object(value: str) -> ProjectModelPermissionsObject:
    if value in PROJECT_MODEL_PERMISSIONS_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_MODEL_PERMISSIONS_OBJECT_VALUES!r}"
    )
