from typing import Literal

OrganizationSpendAlertInterval = Literal["month"]

ORGANIZATION_SPEND_ALERT_INTERVAL_VALUES: set[OrganizationSpendAlertInterval] = {
    "month",
}


def check_organization_spend_alert_interval(
    value: str,
) -> OrganizationSpendAlertInterval:
    if value in ORGANIZATION_SPEND_ALERT_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_SPEND_ALERT_INTERVAL_VALUES!r}"
    )
