from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.audit_log_event_type import AuditLogEventType, check_audit_log_event_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_api_key_created import AuditLogApiKeyCreated
    from ..models.audit_log_api_key_deleted import AuditLogApiKeyDeleted
    from ..models.audit_log_api_key_updated import AuditLogApiKeyUpdated
    from ..models.audit_log_certificate_created import AuditLogCertificateCreated
    from ..models.audit_log_certificate_deleted import AuditLogCertificateDeleted
    from ..models.audit_log_certificate_updated import AuditLogCertificateUpdated
    from ..models.audit_log_certificates_activated import AuditLogCertificatesActivated
    from ..models.audit_log_certificates_deactivated import (
        AuditLogCertificatesDeactivated,
    )
    from ..models.audit_log_checkpoint_permission_created import (
        AuditLogCheckpointPermissionCreated,
    )
    from ..models.audit_log_checkpoint_permission_deleted import (
        AuditLogCheckpointPermissionDeleted,
    )
    from ..models.audit_log_external_key_registered import AuditLogExternalKeyRegistered
    from ..models.audit_log_external_key_removed import AuditLogExternalKeyRemoved
    from ..models.audit_log_group_created import AuditLogGroupCreated
    from ..models.audit_log_group_deleted import AuditLogGroupDeleted
    from ..models.audit_log_group_updated import AuditLogGroupUpdated
    from ..models.audit_log_invite_accepted import AuditLogInviteAccepted
    from ..models.audit_log_invite_deleted import AuditLogInviteDeleted
    from ..models.audit_log_invite_sent import AuditLogInviteSent
    from ..models.audit_log_ip_allowlist_config_activated import (
        AuditLogIpAllowlistConfigActivated,
    )
    from ..models.audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated,
    )
    from ..models.audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
    from ..models.audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
    from ..models.audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
    from ..models.audit_log_login_failed import AuditLogLoginFailed
    from ..models.audit_log_login_succeeded import AuditLogLoginSucceeded
    from ..models.audit_log_logout_failed import AuditLogLogoutFailed
    from ..models.audit_log_logout_succeeded import AuditLogLogoutSucceeded
    from ..models.audit_log_organization_updated import AuditLogOrganizationUpdated
    from ..models.audit_log_project import AuditLogProject
    from ..models.audit_log_project_archived import AuditLogProjectArchived
    from ..models.audit_log_project_created import AuditLogProjectCreated
    from ..models.audit_log_project_deleted import AuditLogProjectDeleted
    from ..models.audit_log_project_updated import AuditLogProjectUpdated
    from ..models.audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
    from ..models.audit_log_rate_limit_updated import AuditLogRateLimitUpdated
    from ..models.audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
    from ..models.audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
    from ..models.audit_log_role_bound_to_resource import AuditLogRoleBoundToResource
    from ..models.audit_log_role_created import AuditLogRoleCreated
    from ..models.audit_log_role_deleted import AuditLogRoleDeleted
    from ..models.audit_log_role_unbound_from_resource import (
        AuditLogRoleUnboundFromResource,
    )
    from ..models.audit_log_role_updated import AuditLogRoleUpdated
    from ..models.audit_log_scim_disabled import AuditLogScimDisabled
    from ..models.audit_log_scim_enabled import AuditLogScimEnabled
    from ..models.audit_log_service_account_created import AuditLogServiceAccountCreated
    from ..models.audit_log_service_account_deleted import AuditLogServiceAccountDeleted
    from ..models.audit_log_service_account_updated import AuditLogServiceAccountUpdated
    from ..models.audit_log_user_added import AuditLogUserAdded
    from ..models.audit_log_user_deleted import AuditLogUserDeleted
    from ..models.audit_log_user_updated import AuditLogUserUpdated
    from ..models.audit_log_workload_identity_provider_created import (
        AuditLogWorkloadIdentityProviderCreated,
    )
    from ..models.audit_log_workload_identity_provider_deleted import (
        AuditLogWorkloadIdentityProviderDeleted,
    )
    from ..models.audit_log_workload_identity_provider_mapping_created import (
        AuditLogWorkloadIdentityProviderMappingCreated,
    )
    from ..models.audit_log_workload_identity_provider_mapping_deleted import (
        AuditLogWorkloadIdentityProviderMappingDeleted,
    )
    from ..models.audit_log_workload_identity_provider_mapping_updated import (
        AuditLogWorkloadIdentityProviderMappingUpdated,
    )
    from ..models.audit_log_workload_identity_provider_updated import (
        AuditLogWorkloadIdentityProviderUpdated,
    )


@_attrs_define(repr=False)
class AuditLog(_OpenModel):
    """One audit log event: what happened, when, in which project, by whom, with type-specific details."""

    id: str

    type_: AuditLogEventType
    """ Kind of audit log event, such as `api_key.created` or `project.updated`. """
    effective_at: int

    project: AuditLogProject | None = None

    actor: AuditLogActor | None = None

    api_key_created: AuditLogApiKeyCreated | None = None

    api_key_updated: AuditLogApiKeyUpdated | None = None

    api_key_deleted: AuditLogApiKeyDeleted | None = None

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = None

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = None

    external_key_registered: AuditLogExternalKeyRegistered | None = None

    external_key_removed: AuditLogExternalKeyRemoved | None = None

    group_created: AuditLogGroupCreated | None = None

    group_updated: AuditLogGroupUpdated | None = None

    group_deleted: AuditLogGroupDeleted | None = None

    scim_enabled: AuditLogScimEnabled | None = None

    scim_disabled: AuditLogScimDisabled | None = None

    invite_sent: AuditLogInviteSent | None = None

    invite_accepted: AuditLogInviteAccepted | None = None

    invite_deleted: AuditLogInviteDeleted | None = None

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = None

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = None

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = None

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = None

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = None

    login_succeeded: AuditLogLoginSucceeded | None = None

    login_failed: AuditLogLoginFailed | None = None

    logout_succeeded: AuditLogLogoutSucceeded | None = None

    logout_failed: AuditLogLogoutFailed | None = None

    organization_updated: AuditLogOrganizationUpdated | None = None

    project_created: AuditLogProjectCreated | None = None

    project_updated: AuditLogProjectUpdated | None = None

    project_archived: AuditLogProjectArchived | None = None

    project_deleted: AuditLogProjectDeleted | None = None

    rate_limit_updated: AuditLogRateLimitUpdated | None = None

    rate_limit_deleted: AuditLogRateLimitDeleted | None = None

    role_created: AuditLogRoleCreated | None = None

    role_updated: AuditLogRoleUpdated | None = None

    role_deleted: AuditLogRoleDeleted | None = None

    role_assignment_created: AuditLogRoleAssignmentCreated | None = None

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = None

    role_bound_to_resource: AuditLogRoleBoundToResource | None = None

    role_unbound_from_resource: AuditLogRoleUnboundFromResource | None = None

    service_account_created: AuditLogServiceAccountCreated | None = None

    service_account_updated: AuditLogServiceAccountUpdated | None = None

    service_account_deleted: AuditLogServiceAccountDeleted | None = None

    workload_identity_provider_created: (
        AuditLogWorkloadIdentityProviderCreated | None
    ) = None

    workload_identity_provider_updated: (
        AuditLogWorkloadIdentityProviderUpdated | None
    ) = None

    workload_identity_provider_deleted: (
        AuditLogWorkloadIdentityProviderDeleted | None
    ) = None

    workload_identity_provider_mapping_created: (
        AuditLogWorkloadIdentityProviderMappingCreated | None
    ) = None

    workload_identity_provider_mapping_updated: (
        AuditLogWorkloadIdentityProviderMappingUpdated | None
    ) = None

    workload_identity_provider_mapping_deleted: (
        AuditLogWorkloadIdentityProviderMappingDeleted | None
    ) = None

    user_added: AuditLogUserAdded | None = None

    user_updated: AuditLogUserUpdated | None = None

    user_deleted: AuditLogUserDeleted | None = None

    certificate_created: AuditLogCertificateCreated | None = None

    certificate_updated: AuditLogCertificateUpdated | None = None

    certificate_deleted: AuditLogCertificateDeleted | None = None

    certificates_activated: AuditLogCertificatesActivated | None = None

    certificates_deactivated: AuditLogCertificatesDeactivated | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "actor",
        "api_key.created",
        "api_key.deleted",
        "api_key.updated",
        "certificate.created",
        "certificate.deleted",
        "certificate.updated",
        "certificates.activated",
        "certificates.deactivated",
        "checkpoint.permission.created",
        "checkpoint.permission.deleted",
        "effective_at",
        "external_key.registered",
        "external_key.removed",
        "group.created",
        "group.deleted",
        "group.updated",
        "id",
        "invite.accepted",
        "invite.deleted",
        "invite.sent",
        "ip_allowlist.config.activated",
        "ip_allowlist.config.deactivated",
        "ip_allowlist.created",
        "ip_allowlist.deleted",
        "ip_allowlist.updated",
        "login.failed",
        "login.succeeded",
        "logout.failed",
        "logout.succeeded",
        "organization.updated",
        "project",
        "project.archived",
        "project.created",
        "project.deleted",
        "project.updated",
        "rate_limit.deleted",
        "rate_limit.updated",
        "role.assignment.created",
        "role.assignment.deleted",
        "role.bound_to_resource",
        "role.created",
        "role.deleted",
        "role.unbound_from_resource",
        "role.updated",
        "scim.disabled",
        "scim.enabled",
        "service_account.created",
        "service_account.deleted",
        "service_account.updated",
        "type",
        "user.added",
        "user.deleted",
        "user.updated",
        "workload_identity_provider.created",
        "workload_identity_provider.deleted",
        "workload_identity_provider.updated",
        "workload_identity_provider_mapping.created",
        "workload_identity_provider_mapping.deleted",
        "workload_identity_provider_mapping.updated",
    )
    _tags = {
        "type": (
            "api_key.created",
            "api_key.updated",
            "api_key.deleted",
            "certificate.created",
            "certificate.updated",
            "certificate.deleted",
            "certificates.activated",
            "certificates.deactivated",
            "checkpoint.permission.created",
            "checkpoint.permission.deleted",
            "external_key.registered",
            "external_key.removed",
            "group.created",
            "group.updated",
            "group.deleted",
            "invite.sent",
            "invite.accepted",
            "invite.deleted",
            "ip_allowlist.created",
            "ip_allowlist.updated",
            "ip_allowlist.deleted",
            "ip_allowlist.config.activated",
            "ip_allowlist.config.deactivated",
            "login.succeeded",
            "login.failed",
            "logout.succeeded",
            "logout.failed",
            "organization.updated",
            "project.created",
            "project.updated",
            "project.archived",
            "project.deleted",
            "rate_limit.updated",
            "rate_limit.deleted",
            "resource.deleted",
            "tunnel.created",
            "tunnel.updated",
            "tunnel.deleted",
            "workload_identity_provider.created",
            "workload_identity_provider.updated",
            "workload_identity_provider.deleted",
            "workload_identity_provider_mapping.created",
            "workload_identity_provider_mapping.updated",
            "workload_identity_provider_mapping.deleted",
            "role.created",
            "role.updated",
            "role.deleted",
            "role.assignment.created",
            "role.assignment.deleted",
            "role.bound_to_resource",
            "role.unbound_from_resource",
            "scim.enabled",
            "scim.disabled",
            "service_account.created",
            "service_account.updated",
            "service_account.deleted",
            "user.added",
            "user.updated",
            "user.deleted",
            "tenant.metadata.updated",
            "tenant.microsoft_entra_mapping.upserted",
            "tenant.microsoft_entra_mapping.deleted",
            "tenant.workload_identity.provider.created",
            "tenant.workload_identity.provider.updated",
            "tenant.workload_identity.provider.archived",
            "tenant.workload_identity.mapping.created",
            "tenant.workload_identity.mapping.updated",
            "tenant.workload_identity.mapping.archived",
            "tenant.workload_identity.binding.created",
            "tenant.workload_identity.principal.provisioned",
            "tenant.workload_identity.access_token.issued",
            "tenant.admin_api_key.created",
            "tenant.admin_api_key.updated",
            "tenant.admin_api_key.deleted",
            "tenant.project_api_key.created",
            "tenant.chatgpt_access_token.revoked",
            "tenant.migration.completed",
            "tenant.sso.migrated",
            "tenant.domains.migrated",
            "tenant.sso_connection.created",
            "tenant.sso_connection.updated",
            "tenant.sso_connection.deleted",
            "tenant.sso_connection.setup.started",
            "tenant.policy.created",
            "tenant.policy.updated",
            "tenant.policy.deleted",
            "tenant.policy.attached",
            "tenant.policy.detached",
            "tenant.principal_authentication_policy.resolved",
            "tenant.scim.setup.started",
            "tenant.scim.deletion.requested",
            "tenant.scim.directory.created",
            "tenant.product_access_policy.updated",
            "tenant.resource_share_grant.created",
            "tenant.resource_share_grant.updated",
            "tenant.resource_share_grant.accepted",
            "tenant.resource_share_grant.declined",
            "tenant.resource_share_grant.revoked",
            "tenant.resource_share_grant.deleted",
            "tenant.service_account.updated",
            "tenant.service_account.deleted",
            "tenant.service_account.token.revoked",
            "tenant.billing.overage_limit.updated",
            "tenant.billing.alerts.updated",
            "tenant.billing.info.updated",
            "tenant.usage_limit.workspace.updated",
            "tenant.usage_limit.group.updated",
            "tenant.usage_limit.user.updated",
            "tenant.usage_limit.increase_request.updated",
            "tenant.usage_limit.increase_request.resolved",
            "tenant.group.created",
            "tenant.group.updated",
            "tenant.group.deleted",
            "tenant.group.member.added",
            "tenant.group.member.removed",
            "tenant.migration_rollout.status.updated",
            "tenant.migration_rollout.tier.updated",
            "tenant.role.metadata.updated",
            "tenant.custom_role.created",
            "tenant.custom_role.updated",
            "tenant.custom_role.deleted",
            "tenant.role_assignment.created",
            "tenant.role_assignment.deleted",
            "tenant.resource_role_assignment.created",
            "tenant.resource_role_assignment.deleted",
            "tenant.resource_access.updated",
            "tenant.resource_access.deleted",
            "tenant.ads_account.onboarding.redemption",
            "tenant.session_policy.created",
            "tenant.session_policy.updated",
            "tenant.session_policy.deleted",
            "tenant.session_revocation.started",
            "tenant.third_party_app_policy.updated",
            "tenant.user.added",
            "tenant.user.updated",
            "tenant.user.removed",
            "tenant.user.looked_up",
            "tenant.user.invited",
            "tenant.membership.revoked",
            "tenant.api_organization_invite.upserted",
            "tenant.api_organization_invite.deleted",
            "tenant.chatgpt_workspace_invite.upserted",
            "tenant.membership.accepted",
            "tenant.membership.declined",
            "tenant.workspace_invite_email_settings.updated",
        )
    }

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_api_key_created import AuditLogApiKeyCreated
        from ..models.audit_log_api_key_deleted import AuditLogApiKeyDeleted
        from ..models.audit_log_api_key_updated import AuditLogApiKeyUpdated
        from ..models.audit_log_certificate_created import AuditLogCertificateCreated
        from ..models.audit_log_certificate_deleted import AuditLogCertificateDeleted
        from ..models.audit_log_certificate_updated import AuditLogCertificateUpdated
        from ..models.audit_log_certificates_activated import (
            AuditLogCertificatesActivated,
        )
        from ..models.audit_log_certificates_deactivated import (
            AuditLogCertificatesDeactivated,
        )
        from ..models.audit_log_checkpoint_permission_created import (
            AuditLogCheckpointPermissionCreated,
        )
        from ..models.audit_log_checkpoint_permission_deleted import (
            AuditLogCheckpointPermissionDeleted,
        )
        from ..models.audit_log_external_key_registered import (
            AuditLogExternalKeyRegistered,
        )
        from ..models.audit_log_external_key_removed import AuditLogExternalKeyRemoved
        from ..models.audit_log_group_created import AuditLogGroupCreated
        from ..models.audit_log_group_deleted import AuditLogGroupDeleted
        from ..models.audit_log_group_updated import AuditLogGroupUpdated
        from ..models.audit_log_invite_accepted import AuditLogInviteAccepted
        from ..models.audit_log_invite_deleted import AuditLogInviteDeleted
        from ..models.audit_log_invite_sent import AuditLogInviteSent
        from ..models.audit_log_ip_allowlist_config_activated import (
            AuditLogIpAllowlistConfigActivated,
        )
        from ..models.audit_log_ip_allowlist_config_deactivated import (
            AuditLogIpAllowlistConfigDeactivated,
        )
        from ..models.audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
        from ..models.audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
        from ..models.audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
        from ..models.audit_log_login_failed import AuditLogLoginFailed
        from ..models.audit_log_login_succeeded import AuditLogLoginSucceeded
        from ..models.audit_log_logout_failed import AuditLogLogoutFailed
        from ..models.audit_log_logout_succeeded import AuditLogLogoutSucceeded
        from ..models.audit_log_organization_updated import AuditLogOrganizationUpdated
        from ..models.audit_log_project import AuditLogProject
        from ..models.audit_log_project_archived import AuditLogProjectArchived
        from ..models.audit_log_project_created import AuditLogProjectCreated
        from ..models.audit_log_project_deleted import AuditLogProjectDeleted
        from ..models.audit_log_project_updated import AuditLogProjectUpdated
        from ..models.audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
        from ..models.audit_log_rate_limit_updated import AuditLogRateLimitUpdated
        from ..models.audit_log_role_assignment_created import (
            AuditLogRoleAssignmentCreated,
        )
        from ..models.audit_log_role_assignment_deleted import (
            AuditLogRoleAssignmentDeleted,
        )
        from ..models.audit_log_role_bound_to_resource import (
            AuditLogRoleBoundToResource,
        )
        from ..models.audit_log_role_created import AuditLogRoleCreated
        from ..models.audit_log_role_deleted import AuditLogRoleDeleted
        from ..models.audit_log_role_unbound_from_resource import (
            AuditLogRoleUnboundFromResource,
        )
        from ..models.audit_log_role_updated import AuditLogRoleUpdated
        from ..models.audit_log_scim_disabled import AuditLogScimDisabled
        from ..models.audit_log_scim_enabled import AuditLogScimEnabled
        from ..models.audit_log_service_account_created import (
            AuditLogServiceAccountCreated,
        )
        from ..models.audit_log_service_account_deleted import (
            AuditLogServiceAccountDeleted,
        )
        from ..models.audit_log_service_account_updated import (
            AuditLogServiceAccountUpdated,
        )
        from ..models.audit_log_user_added import AuditLogUserAdded
        from ..models.audit_log_user_deleted import AuditLogUserDeleted
        from ..models.audit_log_user_updated import AuditLogUserUpdated
        from ..models.audit_log_workload_identity_provider_created import (
            AuditLogWorkloadIdentityProviderCreated,
        )
        from ..models.audit_log_workload_identity_provider_deleted import (
            AuditLogWorkloadIdentityProviderDeleted,
        )
        from ..models.audit_log_workload_identity_provider_mapping_created import (
            AuditLogWorkloadIdentityProviderMappingCreated,
        )
        from ..models.audit_log_workload_identity_provider_mapping_deleted import (
            AuditLogWorkloadIdentityProviderMappingDeleted,
        )
        from ..models.audit_log_workload_identity_provider_mapping_updated import (
            AuditLogWorkloadIdentityProviderMappingUpdated,
        )
        from ..models.audit_log_workload_identity_provider_updated import (
            AuditLogWorkloadIdentityProviderUpdated,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_audit_log_event_type),
            ("effective_at", "effective_at", REQUIRED, None),
            ("project", "project", OPTIONAL, AuditLogProject),
            (
                "actor",
                "actor",
                OPTIONAL_OR_NULL,
                one_of(member("audit_log_actor", "AuditLogActor"), None),
            ),
            ("api_key_created", "api_key.created", OPTIONAL, AuditLogApiKeyCreated),
            ("api_key_updated", "api_key.updated", OPTIONAL, AuditLogApiKeyUpdated),
            ("api_key_deleted", "api_key.deleted", OPTIONAL, AuditLogApiKeyDeleted),
            (
                "checkpoint_permission_created",
                "checkpoint.permission.created",
                OPTIONAL,
                AuditLogCheckpointPermissionCreated,
            ),
            (
                "checkpoint_permission_deleted",
                "checkpoint.permission.deleted",
                OPTIONAL,
                AuditLogCheckpointPermissionDeleted,
            ),
            (
                "external_key_registered",
                "external_key.registered",
                OPTIONAL,
                AuditLogExternalKeyRegistered,
            ),
            (
                "external_key_removed",
                "external_key.removed",
                OPTIONAL,
                AuditLogExternalKeyRemoved,
            ),
            ("group_created", "group.created", OPTIONAL, AuditLogGroupCreated),
            ("group_updated", "group.updated", OPTIONAL, AuditLogGroupUpdated),
            ("group_deleted", "group.deleted", OPTIONAL, AuditLogGroupDeleted),
            ("scim_enabled", "scim.enabled", OPTIONAL, AuditLogScimEnabled),
            ("scim_disabled", "scim.disabled", OPTIONAL, AuditLogScimDisabled),
            ("invite_sent", "invite.sent", OPTIONAL, AuditLogInviteSent),
            ("invite_accepted", "invite.accepted", OPTIONAL, AuditLogInviteAccepted),
            ("invite_deleted", "invite.deleted", OPTIONAL, AuditLogInviteDeleted),
            (
                "ip_allowlist_created",
                "ip_allowlist.created",
                OPTIONAL,
                AuditLogIpAllowlistCreated,
            ),
            (
                "ip_allowlist_updated",
                "ip_allowlist.updated",
                OPTIONAL,
                AuditLogIpAllowlistUpdated,
            ),
            (
                "ip_allowlist_deleted",
                "ip_allowlist.deleted",
                OPTIONAL,
                AuditLogIpAllowlistDeleted,
            ),
            (
                "ip_allowlist_config_activated",
                "ip_allowlist.config.activated",
                OPTIONAL,
                AuditLogIpAllowlistConfigActivated,
            ),
            (
                "ip_allowlist_config_deactivated",
                "ip_allowlist.config.deactivated",
                OPTIONAL,
                AuditLogIpAllowlistConfigDeactivated,
            ),
            ("login_succeeded", "login.succeeded", OPTIONAL, AuditLogLoginSucceeded),
            ("login_failed", "login.failed", OPTIONAL, AuditLogLoginFailed),
            ("logout_succeeded", "logout.succeeded", OPTIONAL, AuditLogLogoutSucceeded),
            ("logout_failed", "logout.failed", OPTIONAL, AuditLogLogoutFailed),
            (
                "organization_updated",
                "organization.updated",
                OPTIONAL,
                AuditLogOrganizationUpdated,
            ),
            ("project_created", "project.created", OPTIONAL, AuditLogProjectCreated),
            ("project_updated", "project.updated", OPTIONAL, AuditLogProjectUpdated),
            ("project_archived", "project.archived", OPTIONAL, AuditLogProjectArchived),
            ("project_deleted", "project.deleted", OPTIONAL, AuditLogProjectDeleted),
            (
                "rate_limit_updated",
                "rate_limit.updated",
                OPTIONAL,
                AuditLogRateLimitUpdated,
            ),
            (
                "rate_limit_deleted",
                "rate_limit.deleted",
                OPTIONAL,
                AuditLogRateLimitDeleted,
            ),
            ("role_created", "role.created", OPTIONAL, AuditLogRoleCreated),
            ("role_updated", "role.updated", OPTIONAL, AuditLogRoleUpdated),
            ("role_deleted", "role.deleted", OPTIONAL, AuditLogRoleDeleted),
            (
                "role_assignment_created",
                "role.assignment.created",
                OPTIONAL,
                AuditLogRoleAssignmentCreated,
            ),
            (
                "role_assignment_deleted",
                "role.assignment.deleted",
                OPTIONAL,
                AuditLogRoleAssignmentDeleted,
            ),
            (
                "role_bound_to_resource",
                "role.bound_to_resource",
                OPTIONAL,
                AuditLogRoleBoundToResource,
            ),
            (
                "role_unbound_from_resource",
                "role.unbound_from_resource",
                OPTIONAL,
                AuditLogRoleUnboundFromResource,
            ),
            (
                "service_account_created",
                "service_account.created",
                OPTIONAL,
                AuditLogServiceAccountCreated,
            ),
            (
                "service_account_updated",
                "service_account.updated",
                OPTIONAL,
                AuditLogServiceAccountUpdated,
            ),
            (
                "service_account_deleted",
                "service_account.deleted",
                OPTIONAL,
                AuditLogServiceAccountDeleted,
            ),
            (
                "workload_identity_provider_created",
                "workload_identity_provider.created",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderCreated,
            ),
            (
                "workload_identity_provider_updated",
                "workload_identity_provider.updated",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderUpdated,
            ),
            (
                "workload_identity_provider_deleted",
                "workload_identity_provider.deleted",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderDeleted,
            ),
            (
                "workload_identity_provider_mapping_created",
                "workload_identity_provider_mapping.created",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderMappingCreated,
            ),
            (
                "workload_identity_provider_mapping_updated",
                "workload_identity_provider_mapping.updated",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderMappingUpdated,
            ),
            (
                "workload_identity_provider_mapping_deleted",
                "workload_identity_provider_mapping.deleted",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderMappingDeleted,
            ),
            ("user_added", "user.added", OPTIONAL, AuditLogUserAdded),
            ("user_updated", "user.updated", OPTIONAL, AuditLogUserUpdated),
            ("user_deleted", "user.deleted", OPTIONAL, AuditLogUserDeleted),
            (
                "certificate_created",
                "certificate.created",
                OPTIONAL,
                AuditLogCertificateCreated,
            ),
            (
                "certificate_updated",
                "certificate.updated",
                OPTIONAL,
                AuditLogCertificateUpdated,
            ),
            (
                "certificate_deleted",
                "certificate.deleted",
                OPTIONAL,
                AuditLogCertificateDeleted,
            ),
            (
                "certificates_activated",
                "certificates.activated",
                OPTIONAL,
                AuditLogCertificatesActivated,
            ),
            (
                "certificates_deactivated",
                "certificates.deactivated",
                OPTIONAL,
                AuditLogCertificatesDeactivated,
            ),
        )
