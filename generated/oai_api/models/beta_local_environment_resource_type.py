from typing import Literal

BetaLocalEnvironmentResourceType = Literal["local"]

BETA_LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES: set[BetaLocalEnvironmentResourceType] = {
    "local",
}


def check_beta_local_environment_resource_type(
    value: str,
) -> BetaLocalEnvironmentResourceType:
    if value in BETA_LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES!r}"
    )
