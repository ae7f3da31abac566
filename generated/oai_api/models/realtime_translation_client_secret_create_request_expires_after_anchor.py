from typing import Literal

RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor = Literal["created_at"]

REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES: set[
    RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor
] = {
    "created_at",
}


def check_realtime_translation_client_secret_create_request_expires_after_anchor(
    value: str,
) -> RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor:
    if (
        value
        in REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES!r}"
    )
