from typing import Literal

BetaCancelResponseBeta = Literal["true"]

BETA_CANCEL_RESPONSE_BETA_VALUES: set[BetaCancelResponseBeta] = {
    "true",
}


def check_beta_cancel_response_beta(value: str) -> BetaCancelResponseBeta:
    if value in BETA_CANCEL_RESPONSE_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CANCEL_RESPONSE_BETA_VALUES!r}"
    )
