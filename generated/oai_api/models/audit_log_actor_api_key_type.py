from typing import Literal

AuditLogActorApiKeyType = Literal["service_account", "user"]

AUDIT_LOG_ACTOR_API_KEY_TYPE_VALUES: set[AuditLogActorApiKeyType] = {
    "service_account",
    "user",
}


def check_audit_log_actor_api_key_type(value: str) -> AuditLogActorApiKeyType:
    if value in AUDIT_LOG_ACTOR_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ACTOR_API_KEY_TYPE_VALUES!r}"
    )
