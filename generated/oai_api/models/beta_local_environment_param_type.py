from typing import Literal

BetaLocalEnvironmentParamType = Literal["local"]

BETA_LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES: set[BetaLocalEnvironmentParamType] = {
    "local",
}


def check_beta_local_environment_param_type(
    value: str,
) -> BetaLocalEnvironmentParamType:
    if value in BETA_LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES!r}"
    )
