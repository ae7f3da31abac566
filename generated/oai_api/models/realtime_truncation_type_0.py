from typing import Literal

RealtimeTruncationType0 = Literal["auto", "disabled"]

REALTIME_TRUNCATION_TYPE_0_VALUES: set[RealtimeTruncationType0] = {
    "auto",
    "disabled",
}


def check_realtime_truncation_type_0(value: str) -> RealtimeTruncationType0:
    if value in REALTIME_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRUNCATION_TYPE_0_VALUES!r}"
    )
