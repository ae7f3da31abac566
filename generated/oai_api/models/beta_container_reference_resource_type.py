from typing import Literal

BetaContainerReferenceResourceType = Literal["container_reference"]

BETA_CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES: set[
    BetaContainerReferenceResourceType
] = {
    "container_reference",
}


def check_beta_container_reference_resource_type(
    value: str,
) -> BetaContainerReferenceResourceType:
    if value in BETA_CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_REFERENCE_RESOURCE_TYPE_VALUES!r}"
    )
