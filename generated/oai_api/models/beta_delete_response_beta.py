from typing import Literal

BetaDeleteResponseBeta = Literal["true"]

BETA_DELETE_RESPONSE_BETA_VALUES: set[BetaDeleteResponseBeta] = {
    "true",
}


def check_beta_delete_response_beta(value: str) -> BetaDeleteResponseBeta:
    if value in BETA_DELETE_RESPONSE_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_DELETE_RESPONSE_BETA_VALUES!r}"
    )
