from typing import Literal

BetaGetinputtokencountsBeta = Literal["true"]

BETA_GETINPUTTOKENCOUNTS_BETA_VALUES: set[BetaGetinputtokencountsBeta] = {
    "true",
}


def check_beta_getinputtokencounts_beta(value: str) -> BetaGetinputtokencountsBeta:
    if value in BETA_GETINPUTTOKENCOUNTS_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_GETINPUTTOKENCOUNTS_BETA_VALUES!r}"
    )
