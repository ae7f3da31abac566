from typing import Literal

ProjectSpendAlertObject = Literal["project.spend_alert"]

PROJECT_SPEND_ALERT_OBJECT_VALUES: set[ProjectSpendAlertObject] = {
    "project.spend_alert",
}


def check_project_spend_alert_object(value: str) -> ProjectSpendAlertObject:
    if value in PROJECT_SPEND_ALERT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_ALERT_OBJECT_VALUES!r}"
    )
