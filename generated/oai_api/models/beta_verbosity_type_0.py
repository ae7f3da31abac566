from typing import Literal

BetaVerbosityType0 = Literal["high", "low", "medium"]

BETA_VERBOSITY_TYPE_0_VALUES: set[BetaVerbosityType0] = {
    "high",
    "low",
    "medium",
}


def check_beta_verbosity_type_0(value: str) -> BetaVerbosityType0:
    if value in BETA_VERBOSITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_VERBOSITY_TYPE_0_VALUES!r}"
    )
