from typing import Literal

UpdateProjectSpendLimitBodyCurrency = Literal["USD"]

UPDATE_PROJECT_SPEND_LIMIT_BODY_CURRENCY_VALUES: set[
    UpdateProjectSpendLimitBodyCurrency
] = {
    "USD",
}


def check_update_project_spend_limit_body_currency(
    value: str,
) -> UpdateProjectSpendLimitBodyCurrency:
    if value in UPDATE_PROJECT_SPEND_LIMIT_BODY_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PROJECT_SPEND_LIMIT_BODY_CURRENCY_VALUES!r}"
    )
