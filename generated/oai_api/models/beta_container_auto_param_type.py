from typing import Literal

BetaContainerAutoParamType = Literal["container_auto"]

BETA_CONTAINER_AUTO_PARAM_TYPE_VALUES: set[BetaContainerAutoParamType] = {
    "container_auto",
}


def check_beta_container_auto_param_type(value: str) -> BetaContainerAutoParamType:
    if value in BETA_CONTAINER_AUTO_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_AUTO_PARAM_TYPE_VALUES!r}"
    )
