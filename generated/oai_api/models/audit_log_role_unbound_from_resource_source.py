from typing import Literal

AuditLogRoleUnboundFromResourceSource = Literal[
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
]

AUDIT_LOG_ROLE_UNBOUND_FROM_RESOURCE_SOURCE_VALUES: set[
    AuditLogRoleUnboundFromResourceSource
] = {
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
}


def check_audit_log_role_unbound_from_resource_source(
    value: str,
) -> AuditLogRoleUnboundFromResourceSource:
    if value in AUDIT_LOG_ROLE_UNBOUND_FROM_RESOURCE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ROLE_UNBOUND_FROM_RESOURCE_SOURCE_VALUES!r}"
    )
