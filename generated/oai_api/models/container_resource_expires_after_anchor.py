from typing import Literal

ContainerResourceExpiresAfterAnchor = Literal["last_active_at"]

CONTAINER_RESOURCE_EXPIRES_AFTER_ANCHOR_VALUES: set[
    ContainerResourceExpiresAfterAnchor
] = {
    "last_active_at",
}


def check_container_resource_expires_after_anchor(
    value: str,
) -> ContainerResourceExpiresAfterAnchor:
    if value in CONTAINER_RESOURCE_EXPIRES_AFTER_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_RESOURCE_EXPIRES_AFTER_ANCHOR_VALUES!r}"
    )
