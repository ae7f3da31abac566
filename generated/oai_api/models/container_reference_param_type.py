from typing import Literal

ContainerReferenceParamType = Literal["container_reference"]

CONTAINER_REFERENCE_PARAM_TYPE_VALUES: set[ContainerReferenceParamType] = {
    "container_reference",
}


def check_container_reference_param_type(value: str) -> ContainerReferenceParamType:
    if value in CONTAINER_REFERENCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_REFERENCE_PARAM_TYPE_VALUES!r}"
    )
