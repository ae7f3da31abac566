from typing import Literal

LockedStatusType = Literal["locked"]

LOCKED_STATUS_TYPE_VALUES: set[LockedStatusType] = {
    "locked",
}


def check_locked_status_type(value: str) -> LockedStatusType:
    if value in LOCKED_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCKED_STATUS_TYPE_VALUES!r}"
    )
