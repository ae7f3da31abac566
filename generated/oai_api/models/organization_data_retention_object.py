from typing import Literal

OrganizationDataRetentionObject = Literal["organization.data_retention"]

ORGANIZATION_DATA_RETENTION_OBJECT_VALUES: set[OrganizationDataRetentionObject] = {
    "organization.data_retention",
}


def check_organization_data_retention_object(
    value: str,
) -> OrganizationDataRetentionObject:
    if value in ORGANIZATION_DATA_RETENTION_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_DATA_RETENTION_OBJECT_VALUES!r}"
    )
