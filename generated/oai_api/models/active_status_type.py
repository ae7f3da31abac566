from typing import Literal

ActiveStatusType = Literal["active"]

ACTIVE_STATUS_TYPE_VALUES: set[ActiveStatusType] = {
    "active",
}


def check_active_status_type(value: str) -> ActiveStatusType:
    if value in ACTIVE_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_STATUS_TYPE_VALUES!r}"
    )
