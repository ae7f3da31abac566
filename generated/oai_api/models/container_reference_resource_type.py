from typing import Literal

ContainerReferenceResourceType = Literal["container_reference"]

CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES: set[ContainerReferenceResourceType] = {
    "container_reference",
}


def check_container_reference_resource_type(
    value: str,
) -> ContainerReferenceResourceType:
    if value in CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES!r}"
    )
