from typing import Literal

BetaEncryptedContentParamType = Literal["encrypted_content"]

BETA_ENCRYPTED_CONTENT_PARAM_TYPE_VALUES: set[BetaEncryptedContentParamType] = {
    "encrypted_content",
}


def check_beta_encrypted_content_param_type(
    value: str,
) -> BetaEncryptedContentParamType:
    if value in BETA_ENCRYPTED_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ENCRYPTED_CONTENT_PARAM_TYPE_VALUES!r}"
    )
