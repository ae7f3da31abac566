from typing import Literal

LocalEnvironmentResourceType = Literal["local"]

LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES: set[LocalEnvironmentResourceType] = {
    "local",
}


def check_local_environment_resource_type(value: str) -> LocalEnvironmentResourceType:
    if value in LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_ENVIRONMENT_RESOURCE_TYPE_VALUES!r}"
    )
