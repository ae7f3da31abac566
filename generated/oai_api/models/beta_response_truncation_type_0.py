from typing import Literal

BetaResponseTruncationType0 = Literal["auto", "disabled"]

BETA_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[BetaResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_beta_response_truncation_type_0(value: str) -> BetaResponseTruncationType0:
    if value in BETA_RESPONSE_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_TRUNCATION_TYPE_0_VALUES!r}"
    )
