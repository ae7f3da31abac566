from typing import Literal

AuditLogRoleBoundToResourceSource = Literal[
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
]

AUDIT_LOG_ROLE_BOUND_TO_RESOURCE_SOURCE_VALUES: set[
    AuditLogRoleBoundToResourceSource
] = {
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
}


def check_audit_log_role_bound_to_resource_source(
    value: str,
) -> AuditLogRoleBoundToResourceSource:
    if value in AUDIT_LOG_ROLE_BOUND_TO_RESOURCE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ROLE_BOUND_TO_RESOURCE_SOURCE_VALUES!r}"
    )
