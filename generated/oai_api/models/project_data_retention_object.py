from typing import Literal

ProjectDataRetentionObject = Literal["project.data_retention"]

PROJECT_DATA_RETENTION_OBJECT_VALUES: set[ProjectDataRetentionObject] = {
    "project.data_retention",
}


def check_project_data_retention_object(value: str) -> ProjectDataRetentionObject:
    if value in PROJECT_DATA_RETENTION_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_DATA_RETENTION_OBJECT_VALUES!r}"
    )
