from typing import Literal

ProjectGroupObject = Literal["project.group"]

PROJECT_GROUP_OBJECT_VALUES: set[ProjectGroupObject] = {
    "project.group",
}


def check_project_group_object(value: str) -> ProjectGroupObject:
    if value in PROJECT_GROUP_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_GROUP_OBJECT_VALUES!r}"
    )
