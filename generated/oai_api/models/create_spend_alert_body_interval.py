from typing import Literal

CreateSpendAlertBodyInterval = Literal["month"]

CREATE_SPEND_ALERT_BODY_INTERVAL_VALUES: set[CreateSpendAlertBodyInterval] = {
    "month",
}


def check_create_spend_alert_body_interval(value: str) -> CreateSpendAlertBodyInterval:
    if value in CREATE_SPEND_ALERT_BODY_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEND_ALERT_BODY_INTERVAL_VALUES!r}"
    )
