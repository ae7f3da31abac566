from typing import Literal

RealtimeCreateClientSecretRequestExpiresAfterAnchor = Literal["created_at"]

REALTIME_CREATE_CLIENT_SECRET_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES: set[
    RealtimeCreateClientSecretRequestExpiresAfterAnchor
] = {
    "created_at",
}


def check_realtime_create_client_secret_request_expires_after_anchor(
    value: str,
) -> RealtimeCreateClientSecretRequestExpiresAfterAnchor:
    if value in REALTIME_CREATE_CLIENT_SECRET_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CREATE_CLIENT_SECRET_REQUEST_EXPIRES_AFTER_ANCHOR_VALUES!r}"
    )
