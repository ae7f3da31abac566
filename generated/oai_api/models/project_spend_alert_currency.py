from typing import Literal

ProjectSpendAlertCurrency = Literal["USD"]

PROJECT_SPEND_ALERT_CURRENCY_VALUES: set[ProjectSpendAlertCurrency] = {
    "USD",
}


def check_project_spend_alert_currency(value: str) -> ProjectSpendAlertCurrency:
    if value in PROJECT_SPEND_ALERT_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_SPEND_ALERT_CURRENCY_VALUES!r}"
    )
