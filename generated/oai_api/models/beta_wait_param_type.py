from typing import Literal

BetaWaitParamType = Literal["wait"]

BETA_WAIT_PARAM_TYPE_VALUES: set[BetaWaitParamType] = {
    "wait",
}


def check_beta_wait_param_type(value: str) -> BetaWaitParamType:
    if value in BETA_WAIT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WAIT_PARAM_TYPE_VALUES!r}"
    )
