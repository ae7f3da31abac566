from typing import Literal

ProjectSpendAlertDeletedResourceObject = Literal["project.spend_alert.deleted"]

PROJECT_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES: set[
    ProjectSpendAlertDeletedResourceObject
] = {
    "project.spend_alert.deleted",
}


def check_project_spend_alert_deleted_resource_object(
    value: str,
) -> ProjectSpendAlertDeletedResourceObject:
    if value in PROJECT_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
