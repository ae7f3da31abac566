from typing import Literal

UpdateOrganizationSpendLimitBodyInterval = Literal["month"]

UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_INTERVAL_VALUES: set[
    UpdateOrganizationSpendLimitBodyInterval
] = {
    "month",
}


def check_update_organization_spend_limit_body_interval(
    value: str,
) -> UpdateOrganizationSpendLimitBodyInterval:
    if value in UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_INTERVAL_VALUES!r}"
    )
