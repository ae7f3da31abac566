from typing import Literal

OrganizationSpendAlertObject = Literal["organization.spend_alert"]

ORGANIZATION_SPEND_ALERT_OBJECT_VALUES: set[OrganizationSpendAlertObject] = {
    "organization.spend_alert",
}


def check_organization_spend_alert_object(value: str) -> OrganizationSpendAlertObject:
    if value in ORGANIZATION_SPEND_ALERT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_SPEND_ALERT_OBJECT_VALUES!r}"
    )
