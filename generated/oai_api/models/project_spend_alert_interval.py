from typing import Literal

ProjectSpendAlertInterval = Literal["month"]

PROJECT_SPEND_ALERT_INTERVAL_VALUES: set[ProjectSpendAlertInterval] = {
    "month",
}


def check_project_spend_alert_interval(value: str) -> ProjectSpendAlertInterval:
    if value in PROJECT_SPEND_ALERT_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_ALERT_INTERVAL_VALUES!r}"
    )
