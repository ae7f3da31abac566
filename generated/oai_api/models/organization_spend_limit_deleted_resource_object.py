from typing import Literal

OrganizationSpendLimitDeletedResourceObject = Literal[
    "organization.spend_limit.deleted"
]

ORGANIZATION_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES: set[
    OrganizationSpendLimitDeletedResourceObject
] = {
    "organization.spend_limit.deleted",
}


def check_organization_spend_limit_deleted_resource_object(
    value: str,
) -> OrganizationSpendLimitDeletedResourceObject:
    if value in ORGANIZATION_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_SPEND_LIMIT_DELETED_RESOURCE_OBJECT_VALUES!r}"
    )
