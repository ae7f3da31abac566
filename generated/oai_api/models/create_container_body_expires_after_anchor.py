from typing import Literal

CreateContainerBodyExpiresAfterAnchor = Literal["last_active_at"]

CREATE_CONTAINER_BODY_EXPIRES_AFTER_ANCHOR_VALUES: set[
    CreateContainerBodyExpiresAfterAnchor
] = {
    "last_active_at",
}


def check_create_container_body_expires_after_anchor(
    value: str,
) -> CreateContainerBodyExpiresAfterAnchor:
    if value in CREATE_CONTAINER_BODY_EXPIRES_AFTER_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTAINER_BODY_EXPIRES_AFTER_ANCHOR_VALUES!r}"
    )
