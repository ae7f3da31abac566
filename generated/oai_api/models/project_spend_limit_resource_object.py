from typing import Literal

ProjectSpendLimitResourceObject = Literal["project.spend_limit"]

PROJECT_SPEND_LIMIT_RESOURCE_OBJECT_VALUES: set[ProjectSpendLimitResourceObject] = {
    "project.spend_limit",
}


def check_project_spend_limit_resource_object(
    value: str,
) -> ProjectSpendLimitResourceObject:
    if value in PROJECT_SPEND_LIMIT_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_LIMIT_RESOURCE_OBJECT_VALUES!r}"
    )
