from typing import Literal

BetaContainerReferenceParamType = Literal["container_reference"]

BETA_CONTAINER_REFERENCE_PARAM_TYPE_VALUES: set[BetaContainerReferenceParamType] = {
    "container_reference",
}


def check_beta_container_reference_param_type(
    value: str,
) -> BetaContainerReferenceParamType:
    if value in BETA_CONTAINER_REFERENCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_REFERENCE_PARAM_TYPE_VALUES!r}"
    )
