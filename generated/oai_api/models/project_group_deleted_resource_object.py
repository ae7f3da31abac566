from typing import Literal

ProjectGroupDeletedResourceObject = Literal["project.group.deleted"]

PROJECT_GROUP_DELETED_RESOURCE_OBJECT_VALUES: set[ProjectGroupDeletedResourceObject] = {
    "project.group.deleted",
}


def check_project_group_deleted_resource_object(
    value: str,
) -> ProjectGroupDeletedResourceObject:
    if value in PROJECT_GROUP_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_GROUP_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
