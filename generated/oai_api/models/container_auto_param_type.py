from typing import Literal

ContainerAutoParamType = Literal["container_auto"]

CONTAINER_AUTO_PARAM_TYPE_VALUES: set[ContainerAutoParamType] = {
    "container_auto",
}


def check_container_auto_param_type(value: str) -> ContainerAutoParamType:
    if value in CONTAINER_AUTO_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_AUTO_PARAM_TYPE_VALUES!r}"
    )
