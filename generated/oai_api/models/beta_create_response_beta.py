from typing import Literal

BetaCreateResponseBeta = Literal["true"]

BETA_CREATE_RESPONSE_BETA_VALUES: set[BetaCreateResponseBeta] = {
    "true",
}


def check_beta_create_response_beta(value: str) -> BetaCreateResponseBeta:
    if value in BETA_CREATE_RESPONSE_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CREATE_RESPONSE_BETA_VALUES!r}"
    )
