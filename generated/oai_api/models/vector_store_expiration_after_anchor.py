from typing import Literal

VectorStoreExpirationAfterAnchor = Literal["last_active_at"]

VECTOR_STORE_EXPIRATION_AFTER_ANCHOR_VALUES: set[VectorStoreExpirationAfterAnchor] = {
    "last_active_at",
}


def check_vector_store_expiration_after_anchor(
    value: str,
) -> VectorStoreExpirationAfterAnchor:
    if value in VECTOR_STORE_EXPIRATION_AFTER_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_EXPIRATION_AFTER_ANCHOR_VALUES!r}"
    )
