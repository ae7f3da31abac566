from typing import Literal

OrganizationSpendAlertDeletedResourceObject = Literal[
    "organization.spend_alert.deleted"
]

ORGANIZATION_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES: set[
    OrganizationSpendAlertDeletedResourceObject
] = {
    "organization.spend_alert.deleted",
}


def check_organization_spend_alert_deleted_resource_object(
    value: str,
) -> OrganizationSpendAlertDeletedResourceObject:
    if value in ORGANIZATION_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_SPEND_ALERT_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
