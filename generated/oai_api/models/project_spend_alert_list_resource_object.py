from typing import Literal

ProjectSpendAlertListResourceObject = Literal["list"]

PROJECT_SPEND_ALERT_LIST_RESOURCE_OBJECT_VALUES: set[
    ProjectSpendAlertListResourceObject
] = {
    "list",
}


def check_project_spend_alert_list_resource_object(
    value: str,
) -> ProjectSpendAlertListResourceObject:
    if value in PROJECT_SPEND_ALERT_LIST_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_ALERT_LIST_RESOURCE_OBJECT_VALUES!r}"
    )
