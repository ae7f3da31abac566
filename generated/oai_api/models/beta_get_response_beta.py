from typing import Literal

BetaGetResponseBeta = Literal["true"]

BETA_GET_RESPONSE_BETA_VALUES: set[BetaGetResponseBeta] = {
    "true",
}


def check_beta_get_response_beta(value: str) -> BetaGetResponseBeta:
    if value in BETA_GET_RESPONSE_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_GET_RESPONSE_BETA_VALUES!r}"
    )
