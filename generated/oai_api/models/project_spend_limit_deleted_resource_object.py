from typing import Literal

ProjectSpendLimitDeletedResourceObject = Literal["project.spend_limit.deleted"]

PROJECT_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES: set[
    ProjectSpendLimitDeletedResourceObject
] = {
    "project.spend_limit.deleted",
}


def check_project_spend_limit_deleted_resource_object(
    value: str,
) -> ProjectSpendLimitDeletedResourceObject:
    if value in PROJECT_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
