from typing import Literal

CreateSpendAlertBodyCurrency = Literal["USD"]

CREATE_SPEND_ALERT_BODY_CURRENCY_VALUES: set[CreateSpendAlertBodyCurrency] = {
    "USD",
}


def check_create_spend_alert_body_currency(value: str) -> CreateSpendAlertBodyCurrency:
    if value in CREATE_SPEND_ALERT_BODY_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEND_ALERT_BODY_CURRENCY_VALUES!r}"
    )
