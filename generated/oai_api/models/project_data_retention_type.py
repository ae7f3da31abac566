from typing import Literal

ProjectDataRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
]

PROJECT_DATA_RETENTION_TYPE_VALUES: set[ProjectDataRetentionType] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
}


def check_project_data_retention_type(value: str) -> ProjectDataRetentionType:
    if value in PROJECT_DATA_RETENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_DATA_RETENTION_TYPE_VALUES!r}"
    )
