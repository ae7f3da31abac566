from typing import Literal

SpendLimitIntervalType1 = Literal["month"]

SPEND_LIMIT_INTERVAL_TYPE_1_VALUES: set[SpendLimitIntervalType1] = {
    "month",
}


def check_spend_limit_interval_type_1(value: str) -> SpendLimitIntervalType1:
    if value in SPEND_LIMIT_INTERVAL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEND_LIMIT_INTERVAL_TYPE_1_VALUES!r}"
    )
