from typing import Literal

ResponseTruncationType0 = Literal["auto", "disabled"]

RESPONSE_TRUNCATION_TYPE_0_VALUES: set[ResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_response_truncation_type_0(value: str) -> ResponseTruncationType0:
    if value in RESPONSE_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_TRUNCATION_TYPE_0_VALUES!r}"
    )
