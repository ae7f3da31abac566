from typing import Literal

UpdateOrganizationSpendLimitBodyCurrency = Literal["USD"]

UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_CURRENCY_VALUES: set[
    UpdateOrganizationSpendLimitBodyCurrency
] = {
    "USD",
}


def check_update_organization_spend_limit_body_currency(
    value: str,
) -> UpdateOrganizationSpendLimitBodyCurrency:
    if value in UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ORGANIZATION_SPEND_LIMIT_BODY_CURRENCY_VALUES!r}"
    )
