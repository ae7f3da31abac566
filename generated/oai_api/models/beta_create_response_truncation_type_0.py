from typing import Literal

BetaCreateResponseTruncationType0 = Literal["auto", "disabled"]

BETA_CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[
    BetaCreateResponseTruncationType0
] = {
    "auto",
    "disabled",
}


def check_beta_create_response_truncation_type_0(
    value: str,
) -> BetaCreateResponseTruncationType0:
    if value in BETA_CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES!r}"
    )
