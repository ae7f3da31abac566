from typing import Literal

ProjectGroupListResourceObject = Literal["list"]

PROJECT_GROUP_LIST_RESOURCE_OBJECT_VALUES: set[ProjectGroupListResourceObject] = {
    "list",
}


def check_project_group_list_resource_object(
    value: str,
) -> ProjectGroupListResourceObject:
    if value in PROJECT_GROUP_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_GROUP_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
