from typing import Literal

ProjectGroupGroupType = Literal["group", "tenant_group"]

PROJECT_GROUP_GROUP_TYPE_VALUES: set[ProjectGroupGroupType] = {
    "group",
    "tenant_group",
}


def check_project_group_group_type(value: str) -> ProjectGroupGroupType:
    if value in PROJECT_GROUP_GROUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_GROUP_GROUP_TYPE_VALUES!r}"
    )
