from typing import Literal

RealtimeTruncationType1Type = Literal["retention_ratio"]

REALTIME_TRUNCATION_TYPE_1_TYPE_VALUES: set[RealtimeTruncationType1Type] = {
    "retention_ratio",
}


def check_realtime_truncation_type_1_type(value: str) -> RealtimeTruncationType1Type:
    if value in REALTIME_TRUNCATION_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRUNCATION_TYPE_1_TYPE_VALUES!r}"
    )
