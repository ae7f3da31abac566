from typing import Literal

BetaTypeParamType = Literal["type"]

BETA_TYPE_PARAM_TYPE_VALUES: set[BetaTypeParamType] = {
    "type",
}


def check_beta_type_param_type(value: str) -> BetaTypeParamType:
    if value in BETA_TYPE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TYPE_PARAM_TYPE_VALUES!r}"
    )
