from typing import Literal

ExpiresAfterParamAnchor = Literal["created_at"]

EXPIRES_AFTER_PARAM_ANCHOR_VALUES: set[ExpiresAfterParamAnchor] = {
    "created_at",
}


def check_expires_after_param_anchor(value: str) -> ExpiresAfterParamAnchor:
    if value in EXPIRES_AFTER_PARAM_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPIRES_AFTER_PARAM_ANCHOR_VALUES!r}"
    )
