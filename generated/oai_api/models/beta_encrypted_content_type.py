from typing import Literal

BetaEncryptedContentType = Literal["encrypted_content"]

BETA_ENCRYPTED_CONTENT_TYPE_VALUES: set[BetaEncryptedContentType] = {
    "encrypted_content",
}


def check_beta_encrypted_content_type(value: str) -> BetaEncryptedContentType:
    if value in BETA_ENCRYPTED_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ENCRYPTED_CONTENT_TYPE_VALUES!r}"
    )
