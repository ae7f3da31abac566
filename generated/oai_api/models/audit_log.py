from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_event_type import AuditLogEventType, check_audit_log_event_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="AuditLog")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AuditLogActor, \
        AuditLogApiKeyCreated, \
        AuditLogApiKeyDeleted, \
        AuditLogApiKeyUpdated, \
        AuditLogCertificateCreated, \
        AuditLogCertificateDeleted, \
        AuditLogCertificateUpdated, \
        AuditLogCertificatesActivated, \
        AuditLogCertificatesDeactivated, \
        AuditLogCheckpointPermissionCreated, \
        AuditLogCheckpointPermissionDeleted, \
        AuditLogExternalKeyRegistered, \
        AuditLogExternalKeyRemoved, \
        AuditLogGroupCreated, \
        AuditLogGroupDeleted, \
        AuditLogGroupUpdated, \
        AuditLogInviteAccepted, \
        AuditLogInviteDeleted, \
        AuditLogInviteSent, \
        AuditLogIpAllowlistConfigActivated, \
        AuditLogIpAllowlistConfigDeactivated, \
        AuditLogIpAllowlistCreated, \
        AuditLogIpAllowlistDeleted, \
        AuditLogIpAllowlistUpdated, \
        AuditLogLoginFailed, \
        AuditLogLoginSucceeded, \
        AuditLogLogoutFailed, \
        AuditLogLogoutSucceeded, \
        AuditLogOrganizationUpdated, \
        AuditLogProject, \
        AuditLogProjectArchived, \
        AuditLogProjectCreated, \
        AuditLogProjectDeleted, \
        AuditLogProjectUpdated, \
        AuditLogRateLimitDeleted, \
        AuditLogRateLimitUpdated, \
        AuditLogRoleAssignmentCreated, \
        AuditLogRoleAssignmentDeleted, \
        AuditLogRoleBoundToResource, \
        AuditLogRoleCreated, \
        AuditLogRoleDeleted, \
        AuditLogRoleUnboundFromResource, \
        AuditLogRoleUpdated, \
        AuditLogScimDisabled, \
        AuditLogScimEnabled, \
        AuditLogServiceAccountCreated, \
        AuditLogServiceAccountDeleted, \
        AuditLogServiceAccountUpdated, \
        AuditLogUserAdded, \
        AuditLogUserDeleted, \
        AuditLogUserUpdated, \
        AuditLogWorkloadIdentityProviderCreated, \
        AuditLogWorkloadIdentityProviderDeleted, \
        AuditLogWorkloadIdentityProviderMappingCreated, \
        AuditLogWorkloadIdentityProviderMappingDeleted, \
        AuditLogWorkloadIdentityProviderMappingUpdated, \
        AuditLogWorkloadIdentityProviderUpdated
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

    _models_bound = True


@_attrs_define
class AuditLog:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_effective_at = (
            self.effective_at
            if self.effective_at is not None or "effective_at" not in self._none_flips
            else UNSET
        )

        effective_at = _v_effective_at

        _v_project = (
            self.project
            if self.project is not None or "project" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project, AuditLogProject):
            project = _v_project
        else:
            project: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_project, Unset):
                project = _v_project.to_dict()

        _v_actor = (
            self.actor
            if self.actor is not None or "actor" in self._none_flips
            else UNSET
        )

        actor: dict[str, Any] | None | Unset
        if isinstance(_v_actor, Unset):
            actor = UNSET
        elif isinstance(_v_actor, AuditLogActor):
            actor = _v_actor.to_dict()
        else:
            actor = _v_actor

        _v_api_key_created = (
            self.api_key_created
            if self.api_key_created is not None or "api_key_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_api_key_created, AuditLogApiKeyCreated):
            api_key_created = _v_api_key_created
        else:
            api_key_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_api_key_created, Unset):
                api_key_created = _v_api_key_created.to_dict()

        _v_api_key_updated = (
            self.api_key_updated
            if self.api_key_updated is not None or "api_key_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_api_key_updated, AuditLogApiKeyUpdated):
            api_key_updated = _v_api_key_updated
        else:
            api_key_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_api_key_updated, Unset):
                api_key_updated = _v_api_key_updated.to_dict()

        _v_api_key_deleted = (
            self.api_key_deleted
            if self.api_key_deleted is not None or "api_key_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_api_key_deleted, AuditLogApiKeyDeleted):
            api_key_deleted = _v_api_key_deleted
        else:
            api_key_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_api_key_deleted, Unset):
                api_key_deleted = _v_api_key_deleted.to_dict()

        _v_checkpoint_permission_created = (
            self.checkpoint_permission_created
            if self.checkpoint_permission_created is not None
            or "checkpoint_permission_created" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_checkpoint_permission_created, AuditLogCheckpointPermissionCreated
        ):
            checkpoint_permission_created = _v_checkpoint_permission_created
        else:
            checkpoint_permission_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_checkpoint_permission_created, Unset):
                checkpoint_permission_created = (
                    _v_checkpoint_permission_created.to_dict()
                )

        _v_checkpoint_permission_deleted = (
            self.checkpoint_permission_deleted
            if self.checkpoint_permission_deleted is not None
            or "checkpoint_permission_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_checkpoint_permission_deleted, AuditLogCheckpointPermissionDeleted
        ):
            checkpoint_permission_deleted = _v_checkpoint_permission_deleted
        else:
            checkpoint_permission_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_checkpoint_permission_deleted, Unset):
                checkpoint_permission_deleted = (
                    _v_checkpoint_permission_deleted.to_dict()
                )

        _v_external_key_registered = (
            self.external_key_registered
            if self.external_key_registered is not None
            or "external_key_registered" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_external_key_registered, AuditLogExternalKeyRegistered):
            external_key_registered = _v_external_key_registered
        else:
            external_key_registered: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_external_key_registered, Unset):
                external_key_registered = _v_external_key_registered.to_dict()

        _v_external_key_removed = (
            self.external_key_removed
            if self.external_key_removed is not None
            or "external_key_removed" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_external_key_removed, AuditLogExternalKeyRemoved):
            external_key_removed = _v_external_key_removed
        else:
            external_key_removed: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_external_key_removed, Unset):
                external_key_removed = _v_external_key_removed.to_dict()

        _v_group_created = (
            self.group_created
            if self.group_created is not None or "group_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_group_created, AuditLogGroupCreated):
            group_created = _v_group_created
        else:
            group_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_group_created, Unset):
                group_created = _v_group_created.to_dict()

        _v_group_updated = (
            self.group_updated
            if self.group_updated is not None or "group_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_group_updated, AuditLogGroupUpdated):
            group_updated = _v_group_updated
        else:
            group_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_group_updated, Unset):
                group_updated = _v_group_updated.to_dict()

        _v_group_deleted = (
            self.group_deleted
            if self.group_deleted is not None or "group_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_group_deleted, AuditLogGroupDeleted):
            group_deleted = _v_group_deleted
        else:
            group_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_group_deleted, Unset):
                group_deleted = _v_group_deleted.to_dict()

        _v_scim_enabled = (
            self.scim_enabled
            if self.scim_enabled is not None or "scim_enabled" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_scim_enabled, AuditLogScimEnabled):
            scim_enabled = _v_scim_enabled
        else:
            scim_enabled: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_scim_enabled, Unset):
                scim_enabled = _v_scim_enabled.to_dict()

        _v_scim_disabled = (
            self.scim_disabled
            if self.scim_disabled is not None or "scim_disabled" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_scim_disabled, AuditLogScimDisabled):
            scim_disabled = _v_scim_disabled
        else:
            scim_disabled: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_scim_disabled, Unset):
                scim_disabled = _v_scim_disabled.to_dict()

        _v_invite_sent = (
            self.invite_sent
            if self.invite_sent is not None or "invite_sent" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_invite_sent, AuditLogInviteSent):
            invite_sent = _v_invite_sent
        else:
            invite_sent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_invite_sent, Unset):
                invite_sent = _v_invite_sent.to_dict()

        _v_invite_accepted = (
            self.invite_accepted
            if self.invite_accepted is not None or "invite_accepted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_invite_accepted, AuditLogInviteAccepted):
            invite_accepted = _v_invite_accepted
        else:
            invite_accepted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_invite_accepted, Unset):
                invite_accepted = _v_invite_accepted.to_dict()

        _v_invite_deleted = (
            self.invite_deleted
            if self.invite_deleted is not None or "invite_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_invite_deleted, AuditLogInviteDeleted):
            invite_deleted = _v_invite_deleted
        else:
            invite_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_invite_deleted, Unset):
                invite_deleted = _v_invite_deleted.to_dict()

        _v_ip_allowlist_created = (
            self.ip_allowlist_created
            if self.ip_allowlist_created is not None
            or "ip_allowlist_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_ip_allowlist_created, AuditLogIpAllowlistCreated):
            ip_allowlist_created = _v_ip_allowlist_created
        else:
            ip_allowlist_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ip_allowlist_created, Unset):
                ip_allowlist_created = _v_ip_allowlist_created.to_dict()

        _v_ip_allowlist_updated = (
            self.ip_allowlist_updated
            if self.ip_allowlist_updated is not None
            or "ip_allowlist_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_ip_allowlist_updated, AuditLogIpAllowlistUpdated):
            ip_allowlist_updated = _v_ip_allowlist_updated
        else:
            ip_allowlist_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ip_allowlist_updated, Unset):
                ip_allowlist_updated = _v_ip_allowlist_updated.to_dict()

        _v_ip_allowlist_deleted = (
            self.ip_allowlist_deleted
            if self.ip_allowlist_deleted is not None
            or "ip_allowlist_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_ip_allowlist_deleted, AuditLogIpAllowlistDeleted):
            ip_allowlist_deleted = _v_ip_allowlist_deleted
        else:
            ip_allowlist_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ip_allowlist_deleted, Unset):
                ip_allowlist_deleted = _v_ip_allowlist_deleted.to_dict()

        _v_ip_allowlist_config_activated = (
            self.ip_allowlist_config_activated
            if self.ip_allowlist_config_activated is not None
            or "ip_allowlist_config_activated" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_ip_allowlist_config_activated, AuditLogIpAllowlistConfigActivated
        ):
            ip_allowlist_config_activated = _v_ip_allowlist_config_activated
        else:
            ip_allowlist_config_activated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ip_allowlist_config_activated, Unset):
                ip_allowlist_config_activated = (
                    _v_ip_allowlist_config_activated.to_dict()
                )

        _v_ip_allowlist_config_deactivated = (
            self.ip_allowlist_config_deactivated
            if self.ip_allowlist_config_deactivated is not None
            or "ip_allowlist_config_deactivated" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_ip_allowlist_config_deactivated, AuditLogIpAllowlistConfigDeactivated
        ):
            ip_allowlist_config_deactivated = _v_ip_allowlist_config_deactivated
        else:
            ip_allowlist_config_deactivated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_ip_allowlist_config_deactivated, Unset):
                ip_allowlist_config_deactivated = (
                    _v_ip_allowlist_config_deactivated.to_dict()
                )

        _v_login_succeeded = (
            self.login_succeeded
            if self.login_succeeded is not None or "login_succeeded" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_login_succeeded, AuditLogLoginSucceeded):
            login_succeeded = _v_login_succeeded
        else:
            login_succeeded: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_login_succeeded, Unset):
                login_succeeded = _v_login_succeeded.to_dict()

        _v_login_failed = (
            self.login_failed
            if self.login_failed is not None or "login_failed" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_login_failed, AuditLogLoginFailed):
            login_failed = _v_login_failed
        else:
            login_failed: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_login_failed, Unset):
                login_failed = _v_login_failed.to_dict()

        _v_logout_succeeded = (
            self.logout_succeeded
            if self.logout_succeeded is not None
            or "logout_succeeded" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_logout_succeeded, AuditLogLogoutSucceeded):
            logout_succeeded = _v_logout_succeeded
        else:
            logout_succeeded: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_logout_succeeded, Unset):
                logout_succeeded = _v_logout_succeeded.to_dict()

        _v_logout_failed = (
            self.logout_failed
            if self.logout_failed is not None or "logout_failed" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_logout_failed, AuditLogLogoutFailed):
            logout_failed = _v_logout_failed
        else:
            logout_failed: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_logout_failed, Unset):
                logout_failed = _v_logout_failed.to_dict()

        _v_organization_updated = (
            self.organization_updated
            if self.organization_updated is not None
            or "organization_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_organization_updated, AuditLogOrganizationUpdated):
            organization_updated = _v_organization_updated
        else:
            organization_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_organization_updated, Unset):
                organization_updated = _v_organization_updated.to_dict()

        _v_project_created = (
            self.project_created
            if self.project_created is not None or "project_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project_created, AuditLogProjectCreated):
            project_created = _v_project_created
        else:
            project_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_project_created, Unset):
                project_created = _v_project_created.to_dict()

        _v_project_updated = (
            self.project_updated
            if self.project_updated is not None or "project_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project_updated, AuditLogProjectUpdated):
            project_updated = _v_project_updated
        else:
            project_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_project_updated, Unset):
                project_updated = _v_project_updated.to_dict()

        _v_project_archived = (
            self.project_archived
            if self.project_archived is not None
            or "project_archived" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project_archived, AuditLogProjectArchived):
            project_archived = _v_project_archived
        else:
            project_archived: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_project_archived, Unset):
                project_archived = _v_project_archived.to_dict()

        _v_project_deleted = (
            self.project_deleted
            if self.project_deleted is not None or "project_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project_deleted, AuditLogProjectDeleted):
            project_deleted = _v_project_deleted
        else:
            project_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_project_deleted, Unset):
                project_deleted = _v_project_deleted.to_dict()

        _v_rate_limit_updated = (
            self.rate_limit_updated
            if self.rate_limit_updated is not None
            or "rate_limit_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_rate_limit_updated, AuditLogRateLimitUpdated):
            rate_limit_updated = _v_rate_limit_updated
        else:
            rate_limit_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_rate_limit_updated, Unset):
                rate_limit_updated = _v_rate_limit_updated.to_dict()

        _v_rate_limit_deleted = (
            self.rate_limit_deleted
            if self.rate_limit_deleted is not None
            or "rate_limit_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_rate_limit_deleted, AuditLogRateLimitDeleted):
            rate_limit_deleted = _v_rate_limit_deleted
        else:
            rate_limit_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_rate_limit_deleted, Unset):
                rate_limit_deleted = _v_rate_limit_deleted.to_dict()

        _v_role_created = (
            self.role_created
            if self.role_created is not None or "role_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_created, AuditLogRoleCreated):
            role_created = _v_role_created
        else:
            role_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_created, Unset):
                role_created = _v_role_created.to_dict()

        _v_role_updated = (
            self.role_updated
            if self.role_updated is not None or "role_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_updated, AuditLogRoleUpdated):
            role_updated = _v_role_updated
        else:
            role_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_updated, Unset):
                role_updated = _v_role_updated.to_dict()

        _v_role_deleted = (
            self.role_deleted
            if self.role_deleted is not None or "role_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_deleted, AuditLogRoleDeleted):
            role_deleted = _v_role_deleted
        else:
            role_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_deleted, Unset):
                role_deleted = _v_role_deleted.to_dict()

        _v_role_assignment_created = (
            self.role_assignment_created
            if self.role_assignment_created is not None
            or "role_assignment_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_assignment_created, AuditLogRoleAssignmentCreated):
            role_assignment_created = _v_role_assignment_created
        else:
            role_assignment_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_assignment_created, Unset):
                role_assignment_created = _v_role_assignment_created.to_dict()

        _v_role_assignment_deleted = (
            self.role_assignment_deleted
            if self.role_assignment_deleted is not None
            or "role_assignment_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_assignment_deleted, AuditLogRoleAssignmentDeleted):
            role_assignment_deleted = _v_role_assignment_deleted
        else:
            role_assignment_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_assignment_deleted, Unset):
                role_assignment_deleted = _v_role_assignment_deleted.to_dict()

        _v_role_bound_to_resource = (
            self.role_bound_to_resource
            if self.role_bound_to_resource is not None
            or "role_bound_to_resource" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role_bound_to_resource, AuditLogRoleBoundToResource):
            role_bound_to_resource = _v_role_bound_to_resource
        else:
            role_bound_to_resource: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_bound_to_resource, Unset):
                role_bound_to_resource = _v_role_bound_to_resource.to_dict()

        _v_role_unbound_from_resource = (
            self.role_unbound_from_resource
            if self.role_unbound_from_resource is not None
            or "role_unbound_from_resource" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_role_unbound_from_resource, AuditLogRoleUnboundFromResource
        ):
            role_unbound_from_resource = _v_role_unbound_from_resource
        else:
            role_unbound_from_resource: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_role_unbound_from_resource, Unset):
                role_unbound_from_resource = _v_role_unbound_from_resource.to_dict()

        _v_service_account_created = (
            self.service_account_created
            if self.service_account_created is not None
            or "service_account_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_service_account_created, AuditLogServiceAccountCreated):
            service_account_created = _v_service_account_created
        else:
            service_account_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_service_account_created, Unset):
                service_account_created = _v_service_account_created.to_dict()

        _v_service_account_updated = (
            self.service_account_updated
            if self.service_account_updated is not None
            or "service_account_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_service_account_updated, AuditLogServiceAccountUpdated):
            service_account_updated = _v_service_account_updated
        else:
            service_account_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_service_account_updated, Unset):
                service_account_updated = _v_service_account_updated.to_dict()

        _v_service_account_deleted = (
            self.service_account_deleted
            if self.service_account_deleted is not None
            or "service_account_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_service_account_deleted, AuditLogServiceAccountDeleted):
            service_account_deleted = _v_service_account_deleted
        else:
            service_account_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_service_account_deleted, Unset):
                service_account_deleted = _v_service_account_deleted.to_dict()

        _v_workload_identity_provider_created = (
            self.workload_identity_provider_created
            if self.workload_identity_provider_created is not None
            or "workload_identity_provider_created" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_created,
            AuditLogWorkloadIdentityProviderCreated,
        ):
            workload_identity_provider_created = _v_workload_identity_provider_created
        else:
            workload_identity_provider_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_created, Unset):
                workload_identity_provider_created = (
                    _v_workload_identity_provider_created.to_dict()
                )

        _v_workload_identity_provider_updated = (
            self.workload_identity_provider_updated
            if self.workload_identity_provider_updated is not None
            or "workload_identity_provider_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_updated,
            AuditLogWorkloadIdentityProviderUpdated,
        ):
            workload_identity_provider_updated = _v_workload_identity_provider_updated
        else:
            workload_identity_provider_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_updated, Unset):
                workload_identity_provider_updated = (
                    _v_workload_identity_provider_updated.to_dict()
                )

        _v_workload_identity_provider_deleted = (
            self.workload_identity_provider_deleted
            if self.workload_identity_provider_deleted is not None
            or "workload_identity_provider_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_deleted,
            AuditLogWorkloadIdentityProviderDeleted,
        ):
            workload_identity_provider_deleted = _v_workload_identity_provider_deleted
        else:
            workload_identity_provider_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_deleted, Unset):
                workload_identity_provider_deleted = (
                    _v_workload_identity_provider_deleted.to_dict()
                )

        _v_workload_identity_provider_mapping_created = (
            self.workload_identity_provider_mapping_created
            if self.workload_identity_provider_mapping_created is not None
            or "workload_identity_provider_mapping_created" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_mapping_created,
            AuditLogWorkloadIdentityProviderMappingCreated,
        ):
            workload_identity_provider_mapping_created = (
                _v_workload_identity_provider_mapping_created
            )
        else:
            workload_identity_provider_mapping_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_mapping_created, Unset):
                workload_identity_provider_mapping_created = (
                    _v_workload_identity_provider_mapping_created.to_dict()
                )

        _v_workload_identity_provider_mapping_updated = (
            self.workload_identity_provider_mapping_updated
            if self.workload_identity_provider_mapping_updated is not None
            or "workload_identity_provider_mapping_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_mapping_updated,
            AuditLogWorkloadIdentityProviderMappingUpdated,
        ):
            workload_identity_provider_mapping_updated = (
                _v_workload_identity_provider_mapping_updated
            )
        else:
            workload_identity_provider_mapping_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_mapping_updated, Unset):
                workload_identity_provider_mapping_updated = (
                    _v_workload_identity_provider_mapping_updated.to_dict()
                )

        _v_workload_identity_provider_mapping_deleted = (
            self.workload_identity_provider_mapping_deleted
            if self.workload_identity_provider_mapping_deleted is not None
            or "workload_identity_provider_mapping_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_workload_identity_provider_mapping_deleted,
            AuditLogWorkloadIdentityProviderMappingDeleted,
        ):
            workload_identity_provider_mapping_deleted = (
                _v_workload_identity_provider_mapping_deleted
            )
        else:
            workload_identity_provider_mapping_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_workload_identity_provider_mapping_deleted, Unset):
                workload_identity_provider_mapping_deleted = (
                    _v_workload_identity_provider_mapping_deleted.to_dict()
                )

        _v_user_added = (
            self.user_added
            if self.user_added is not None or "user_added" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_user_added, AuditLogUserAdded):
            user_added = _v_user_added
        else:
            user_added: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user_added, Unset):
                user_added = _v_user_added.to_dict()

        _v_user_updated = (
            self.user_updated
            if self.user_updated is not None or "user_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_user_updated, AuditLogUserUpdated):
            user_updated = _v_user_updated
        else:
            user_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user_updated, Unset):
                user_updated = _v_user_updated.to_dict()

        _v_user_deleted = (
            self.user_deleted
            if self.user_deleted is not None or "user_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_user_deleted, AuditLogUserDeleted):
            user_deleted = _v_user_deleted
        else:
            user_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user_deleted, Unset):
                user_deleted = _v_user_deleted.to_dict()

        _v_certificate_created = (
            self.certificate_created
            if self.certificate_created is not None
            or "certificate_created" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificate_created, AuditLogCertificateCreated):
            certificate_created = _v_certificate_created
        else:
            certificate_created: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_certificate_created, Unset):
                certificate_created = _v_certificate_created.to_dict()

        _v_certificate_updated = (
            self.certificate_updated
            if self.certificate_updated is not None
            or "certificate_updated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificate_updated, AuditLogCertificateUpdated):
            certificate_updated = _v_certificate_updated
        else:
            certificate_updated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_certificate_updated, Unset):
                certificate_updated = _v_certificate_updated.to_dict()

        _v_certificate_deleted = (
            self.certificate_deleted
            if self.certificate_deleted is not None
            or "certificate_deleted" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificate_deleted, AuditLogCertificateDeleted):
            certificate_deleted = _v_certificate_deleted
        else:
            certificate_deleted: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_certificate_deleted, Unset):
                certificate_deleted = _v_certificate_deleted.to_dict()

        _v_certificates_activated = (
            self.certificates_activated
            if self.certificates_activated is not None
            or "certificates_activated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificates_activated, AuditLogCertificatesActivated):
            certificates_activated = _v_certificates_activated
        else:
            certificates_activated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_certificates_activated, Unset):
                certificates_activated = _v_certificates_activated.to_dict()

        _v_certificates_deactivated = (
            self.certificates_deactivated
            if self.certificates_deactivated is not None
            or "certificates_deactivated" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificates_deactivated, AuditLogCertificatesDeactivated):
            certificates_deactivated = _v_certificates_deactivated
        else:
            certificates_deactivated: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_certificates_deactivated, Unset):
                certificates_deactivated = _v_certificates_deactivated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "effective_at": effective_at,
                }.items()
                if v is not UNSET
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if actor is not UNSET:
            field_dict["actor"] = actor
        if api_key_created is not UNSET:
            field_dict["api_key.created"] = api_key_created
        if api_key_updated is not UNSET:
            field_dict["api_key.updated"] = api_key_updated
        if api_key_deleted is not UNSET:
            field_dict["api_key.deleted"] = api_key_deleted
        if checkpoint_permission_created is not UNSET:
            field_dict["checkpoint.permission.created"] = checkpoint_permission_created
        if checkpoint_permission_deleted is not UNSET:
            field_dict["checkpoint.permission.deleted"] = checkpoint_permission_deleted
        if external_key_registered is not UNSET:
            field_dict["external_key.registered"] = external_key_registered
        if external_key_removed is not UNSET:
            field_dict["external_key.removed"] = external_key_removed
        if group_created is not UNSET:
            field_dict["group.created"] = group_created
        if group_updated is not UNSET:
            field_dict["group.updated"] = group_updated
        if group_deleted is not UNSET:
            field_dict["group.deleted"] = group_deleted
        if scim_enabled is not UNSET:
            field_dict["scim.enabled"] = scim_enabled
        if scim_disabled is not UNSET:
            field_dict["scim.disabled"] = scim_disabled
        if invite_sent is not UNSET:
            field_dict["invite.sent"] = invite_sent
        if invite_accepted is not UNSET:
            field_dict["invite.accepted"] = invite_accepted
        if invite_deleted is not UNSET:
            field_dict["invite.deleted"] = invite_deleted
        if ip_allowlist_created is not UNSET:
            field_dict["ip_allowlist.created"] = ip_allowlist_created
        if ip_allowlist_updated is not UNSET:
            field_dict["ip_allowlist.updated"] = ip_allowlist_updated
        if ip_allowlist_deleted is not UNSET:
            field_dict["ip_allowlist.deleted"] = ip_allowlist_deleted
        if ip_allowlist_config_activated is not UNSET:
            field_dict["ip_allowlist.config.activated"] = ip_allowlist_config_activated
        if ip_allowlist_config_deactivated is not UNSET:
            field_dict["ip_allowlist.config.deactivated"] = (
                ip_allowlist_config_deactivated
            )
        if login_succeeded is not UNSET:
            field_dict["login.succeeded"] = login_succeeded
        if login_failed is not UNSET:
            field_dict["login.failed"] = login_failed
        if logout_succeeded is not UNSET:
            field_dict["logout.succeeded"] = logout_succeeded
        if logout_failed is not UNSET:
            field_dict["logout.failed"] = logout_failed
        if organization_updated is not UNSET:
            field_dict["organization.updated"] = organization_updated
        if project_created is not UNSET:
            field_dict["project.created"] = project_created
        if project_updated is not UNSET:
            field_dict["project.updated"] = project_updated
        if project_archived is not UNSET:
            field_dict["project.archived"] = project_archived
        if project_deleted is not UNSET:
            field_dict["project.deleted"] = project_deleted
        if rate_limit_updated is not UNSET:
            field_dict["rate_limit.updated"] = rate_limit_updated
        if rate_limit_deleted is not UNSET:
            field_dict["rate_limit.deleted"] = rate_limit_deleted
        if role_created is not UNSET:
            field_dict["role.created"] = role_created
        if role_updated is not UNSET:
            field_dict["role.updated"] = role_updated
        if role_deleted is not UNSET:
            field_dict["role.deleted"] = role_deleted
        if role_assignment_created is not UNSET:
            field_dict["role.assignment.created"] = role_assignment_created
        if role_assignment_deleted is not UNSET:
            field_dict["role.assignment.deleted"] = role_assignment_deleted
        if role_bound_to_resource is not UNSET:
            field_dict["role.bound_to_resource"] = role_bound_to_resource
        if role_unbound_from_resource is not UNSET:
            field_dict["role.unbound_from_resource"] = role_unbound_from_resource
        if service_account_created is not UNSET:
            field_dict["service_account.created"] = service_account_created
        if service_account_updated is not UNSET:
            field_dict["service_account.updated"] = service_account_updated
        if service_account_deleted is not UNSET:
            field_dict["service_account.deleted"] = service_account_deleted
        if workload_identity_provider_created is not UNSET:
            field_dict["workload_identity_provider.created"] = (
                workload_identity_provider_created
            )
        if workload_identity_provider_updated is not UNSET:
            field_dict["workload_identity_provider.updated"] = (
                workload_identity_provider_updated
            )
        if workload_identity_provider_deleted is not UNSET:
            field_dict["workload_identity_provider.deleted"] = (
                workload_identity_provider_deleted
            )
        if workload_identity_provider_mapping_created is not UNSET:
            field_dict["workload_identity_provider_mapping.created"] = (
                workload_identity_provider_mapping_created
            )
        if workload_identity_provider_mapping_updated is not UNSET:
            field_dict["workload_identity_provider_mapping.updated"] = (
                workload_identity_provider_mapping_updated
            )
        if workload_identity_provider_mapping_deleted is not UNSET:
            field_dict["workload_identity_provider_mapping.deleted"] = (
                workload_identity_provider_mapping_deleted
            )
        if user_added is not UNSET:
            field_dict["user.added"] = user_added
        if user_updated is not UNSET:
            field_dict["user.updated"] = user_updated
        if user_deleted is not UNSET:
            field_dict["user.deleted"] = user_deleted
        if certificate_created is not UNSET:
            field_dict["certificate.created"] = certificate_created
        if certificate_updated is not UNSET:
            field_dict["certificate.updated"] = certificate_updated
        if certificate_deleted is not UNSET:
            field_dict["certificate.deleted"] = certificate_deleted
        if certificates_activated is not UNSET:
            field_dict["certificates.activated"] = certificates_activated
        if certificates_deactivated is not UNSET:
            field_dict["certificates.deactivated"] = certificates_deactivated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_audit_log_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        effective_at = d.pop("effective_at", UNSET)
        if (
            effective_at is None or isinstance(effective_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("effective_at")

        if effective_at is None or effective_at is UNSET:
            if effective_at is UNSET:
                _none_flips += ("effective_at",)
            effective_at = None

        _project_raw = d.pop("project", UNSET)
        if _project_raw is None or isinstance(_project_raw, Unset):
            if _project_raw is None and strict_parsing.get():
                raise TypeError("project")

            if _project_raw is None:
                _none_flips += ("project",)
            project = None

        else:
            try:
                _project = _project_raw
                project: AuditLogProject | Unset
                if isinstance(_project, Unset):
                    project = UNSET
                else:
                    project = AuditLogProject.from_dict(_project)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project = _project_raw

        _actor_raw = d.pop("actor", UNSET)
        if _actor_raw is None or isinstance(_actor_raw, Unset):
            if _actor_raw is None:
                _none_flips += ("actor",)
            actor = None

        else:
            try:

                def _parse_actor(data: object) -> AuditLogActor | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "session") not in (
                            "session",
                            "api_key",
                        ):
                            raise TypeError()
                        actor_type_0 = AuditLogActor.from_dict(data)

                        return actor_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(AuditLogActor | None | Unset, data)

                actor = _parse_actor(_actor_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                actor = _actor_raw

        _api_key_created_raw = d.pop("api_key.created", UNSET)
        if _api_key_created_raw is None or isinstance(_api_key_created_raw, Unset):
            if _api_key_created_raw is None and strict_parsing.get():
                raise TypeError("api_key.created")

            if _api_key_created_raw is None:
                _none_flips += ("api_key_created",)
            api_key_created = None

        else:
            try:
                _api_key_created = _api_key_created_raw
                api_key_created: AuditLogApiKeyCreated | Unset
                if isinstance(_api_key_created, Unset):
                    api_key_created = UNSET
                else:
                    api_key_created = AuditLogApiKeyCreated.from_dict(_api_key_created)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_created = _api_key_created_raw

        _api_key_updated_raw = d.pop("api_key.updated", UNSET)
        if _api_key_updated_raw is None or isinstance(_api_key_updated_raw, Unset):
            if _api_key_updated_raw is None and strict_parsing.get():
                raise TypeError("api_key.updated")

            if _api_key_updated_raw is None:
                _none_flips += ("api_key_updated",)
            api_key_updated = None

        else:
            try:
                _api_key_updated = _api_key_updated_raw
                api_key_updated: AuditLogApiKeyUpdated | Unset
                if isinstance(_api_key_updated, Unset):
                    api_key_updated = UNSET
                else:
                    api_key_updated = AuditLogApiKeyUpdated.from_dict(_api_key_updated)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_updated = _api_key_updated_raw

        _api_key_deleted_raw = d.pop("api_key.deleted", UNSET)
        if _api_key_deleted_raw is None or isinstance(_api_key_deleted_raw, Unset):
            if _api_key_deleted_raw is None and strict_parsing.get():
                raise TypeError("api_key.deleted")

            if _api_key_deleted_raw is None:
                _none_flips += ("api_key_deleted",)
            api_key_deleted = None

        else:
            try:
                _api_key_deleted = _api_key_deleted_raw
                api_key_deleted: AuditLogApiKeyDeleted | Unset
                if isinstance(_api_key_deleted, Unset):
                    api_key_deleted = UNSET
                else:
                    api_key_deleted = AuditLogApiKeyDeleted.from_dict(_api_key_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_deleted = _api_key_deleted_raw

        _checkpoint_permission_created_raw = d.pop(
            "checkpoint.permission.created", UNSET
        )
        if _checkpoint_permission_created_raw is None or isinstance(
            _checkpoint_permission_created_raw, Unset
        ):
            if _checkpoint_permission_created_raw is None and strict_parsing.get():
                raise TypeError("checkpoint.permission.created")

            if _checkpoint_permission_created_raw is None:
                _none_flips += ("checkpoint_permission_created",)
            checkpoint_permission_created = None

        else:
            try:
                _checkpoint_permission_created = _checkpoint_permission_created_raw
                checkpoint_permission_created: (
                    AuditLogCheckpointPermissionCreated | Unset
                )
                if isinstance(_checkpoint_permission_created, Unset):
                    checkpoint_permission_created = UNSET
                else:
                    checkpoint_permission_created = (
                        AuditLogCheckpointPermissionCreated.from_dict(
                            _checkpoint_permission_created
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                checkpoint_permission_created = _checkpoint_permission_created_raw

        _checkpoint_permission_deleted_raw = d.pop(
            "checkpoint.permission.deleted", UNSET
        )
        if _checkpoint_permission_deleted_raw is None or isinstance(
            _checkpoint_permission_deleted_raw, Unset
        ):
            if _checkpoint_permission_deleted_raw is None and strict_parsing.get():
                raise TypeError("checkpoint.permission.deleted")

            if _checkpoint_permission_deleted_raw is None:
                _none_flips += ("checkpoint_permission_deleted",)
            checkpoint_permission_deleted = None

        else:
            try:
                _checkpoint_permission_deleted = _checkpoint_permission_deleted_raw
                checkpoint_permission_deleted: (
                    AuditLogCheckpointPermissionDeleted | Unset
                )
                if isinstance(_checkpoint_permission_deleted, Unset):
                    checkpoint_permission_deleted = UNSET
                else:
                    checkpoint_permission_deleted = (
                        AuditLogCheckpointPermissionDeleted.from_dict(
                            _checkpoint_permission_deleted
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                checkpoint_permission_deleted = _checkpoint_permission_deleted_raw

        _external_key_registered_raw = d.pop("external_key.registered", UNSET)
        if _external_key_registered_raw is None or isinstance(
            _external_key_registered_raw, Unset
        ):
            if _external_key_registered_raw is None and strict_parsing.get():
                raise TypeError("external_key.registered")

            if _external_key_registered_raw is None:
                _none_flips += ("external_key_registered",)
            external_key_registered = None

        else:
            try:
                _external_key_registered = _external_key_registered_raw
                external_key_registered: AuditLogExternalKeyRegistered | Unset
                if isinstance(_external_key_registered, Unset):
                    external_key_registered = UNSET
                else:
                    external_key_registered = AuditLogExternalKeyRegistered.from_dict(
                        _external_key_registered
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                external_key_registered = _external_key_registered_raw

        _external_key_removed_raw = d.pop("external_key.removed", UNSET)
        if _external_key_removed_raw is None or isinstance(
            _external_key_removed_raw, Unset
        ):
            if _external_key_removed_raw is None and strict_parsing.get():
                raise TypeError("external_key.removed")

            if _external_key_removed_raw is None:
                _none_flips += ("external_key_removed",)
            external_key_removed = None

        else:
            try:
                _external_key_removed = _external_key_removed_raw
                external_key_removed: AuditLogExternalKeyRemoved | Unset
                if isinstance(_external_key_removed, Unset):
                    external_key_removed = UNSET
                else:
                    external_key_removed = AuditLogExternalKeyRemoved.from_dict(
                        _external_key_removed
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                external_key_removed = _external_key_removed_raw

        _group_created_raw = d.pop("group.created", UNSET)
        if _group_created_raw is None or isinstance(_group_created_raw, Unset):
            if _group_created_raw is None and strict_parsing.get():
                raise TypeError("group.created")

            if _group_created_raw is None:
                _none_flips += ("group_created",)
            group_created = None

        else:
            try:
                _group_created = _group_created_raw
                group_created: AuditLogGroupCreated | Unset
                if isinstance(_group_created, Unset):
                    group_created = UNSET
                else:
                    group_created = AuditLogGroupCreated.from_dict(_group_created)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                group_created = _group_created_raw

        _group_updated_raw = d.pop("group.updated", UNSET)
        if _group_updated_raw is None or isinstance(_group_updated_raw, Unset):
            if _group_updated_raw is None and strict_parsing.get():
                raise TypeError("group.updated")

            if _group_updated_raw is None:
                _none_flips += ("group_updated",)
            group_updated = None

        else:
            try:
                _group_updated = _group_updated_raw
                group_updated: AuditLogGroupUpdated | Unset
                if isinstance(_group_updated, Unset):
                    group_updated = UNSET
                else:
                    group_updated = AuditLogGroupUpdated.from_dict(_group_updated)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                group_updated = _group_updated_raw

        _group_deleted_raw = d.pop("group.deleted", UNSET)
        if _group_deleted_raw is None or isinstance(_group_deleted_raw, Unset):
            if _group_deleted_raw is None and strict_parsing.get():
                raise TypeError("group.deleted")

            if _group_deleted_raw is None:
                _none_flips += ("group_deleted",)
            group_deleted = None

        else:
            try:
                _group_deleted = _group_deleted_raw
                group_deleted: AuditLogGroupDeleted | Unset
                if isinstance(_group_deleted, Unset):
                    group_deleted = UNSET
                else:
                    group_deleted = AuditLogGroupDeleted.from_dict(_group_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                group_deleted = _group_deleted_raw

        _scim_enabled_raw = d.pop("scim.enabled", UNSET)
        if _scim_enabled_raw is None or isinstance(_scim_enabled_raw, Unset):
            if _scim_enabled_raw is None and strict_parsing.get():
                raise TypeError("scim.enabled")

            if _scim_enabled_raw is None:
                _none_flips += ("scim_enabled",)
            scim_enabled = None

        else:
            try:
                _scim_enabled = _scim_enabled_raw
                scim_enabled: AuditLogScimEnabled | Unset
                if isinstance(_scim_enabled, Unset):
                    scim_enabled = UNSET
                else:
                    scim_enabled = AuditLogScimEnabled.from_dict(_scim_enabled)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                scim_enabled = _scim_enabled_raw

        _scim_disabled_raw = d.pop("scim.disabled", UNSET)
        if _scim_disabled_raw is None or isinstance(_scim_disabled_raw, Unset):
            if _scim_disabled_raw is None and strict_parsing.get():
                raise TypeError("scim.disabled")

            if _scim_disabled_raw is None:
                _none_flips += ("scim_disabled",)
            scim_disabled = None

        else:
            try:
                _scim_disabled = _scim_disabled_raw
                scim_disabled: AuditLogScimDisabled | Unset
                if isinstance(_scim_disabled, Unset):
                    scim_disabled = UNSET
                else:
                    scim_disabled = AuditLogScimDisabled.from_dict(_scim_disabled)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                scim_disabled = _scim_disabled_raw

        _invite_sent_raw = d.pop("invite.sent", UNSET)
        if _invite_sent_raw is None or isinstance(_invite_sent_raw, Unset):
            if _invite_sent_raw is None and strict_parsing.get():
                raise TypeError("invite.sent")

            if _invite_sent_raw is None:
                _none_flips += ("invite_sent",)
            invite_sent = None

        else:
            try:
                _invite_sent = _invite_sent_raw
                invite_sent: AuditLogInviteSent | Unset
                if isinstance(_invite_sent, Unset):
                    invite_sent = UNSET
                else:
                    invite_sent = AuditLogInviteSent.from_dict(_invite_sent)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                invite_sent = _invite_sent_raw

        _invite_accepted_raw = d.pop("invite.accepted", UNSET)
        if _invite_accepted_raw is None or isinstance(_invite_accepted_raw, Unset):
            if _invite_accepted_raw is None and strict_parsing.get():
                raise TypeError("invite.accepted")

            if _invite_accepted_raw is None:
                _none_flips += ("invite_accepted",)
            invite_accepted = None

        else:
            try:
                _invite_accepted = _invite_accepted_raw
                invite_accepted: AuditLogInviteAccepted | Unset
                if isinstance(_invite_accepted, Unset):
                    invite_accepted = UNSET
                else:
                    invite_accepted = AuditLogInviteAccepted.from_dict(_invite_accepted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                invite_accepted = _invite_accepted_raw

        _invite_deleted_raw = d.pop("invite.deleted", UNSET)
        if _invite_deleted_raw is None or isinstance(_invite_deleted_raw, Unset):
            if _invite_deleted_raw is None and strict_parsing.get():
                raise TypeError("invite.deleted")

            if _invite_deleted_raw is None:
                _none_flips += ("invite_deleted",)
            invite_deleted = None

        else:
            try:
                _invite_deleted = _invite_deleted_raw
                invite_deleted: AuditLogInviteDeleted | Unset
                if isinstance(_invite_deleted, Unset):
                    invite_deleted = UNSET
                else:
                    invite_deleted = AuditLogInviteDeleted.from_dict(_invite_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                invite_deleted = _invite_deleted_raw

        _ip_allowlist_created_raw = d.pop("ip_allowlist.created", UNSET)
        if _ip_allowlist_created_raw is None or isinstance(
            _ip_allowlist_created_raw, Unset
        ):
            if _ip_allowlist_created_raw is None and strict_parsing.get():
                raise TypeError("ip_allowlist.created")

            if _ip_allowlist_created_raw is None:
                _none_flips += ("ip_allowlist_created",)
            ip_allowlist_created = None

        else:
            try:
                _ip_allowlist_created = _ip_allowlist_created_raw
                ip_allowlist_created: AuditLogIpAllowlistCreated | Unset
                if isinstance(_ip_allowlist_created, Unset):
                    ip_allowlist_created = UNSET
                else:
                    ip_allowlist_created = AuditLogIpAllowlistCreated.from_dict(
                        _ip_allowlist_created
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ip_allowlist_created = _ip_allowlist_created_raw

        _ip_allowlist_updated_raw = d.pop("ip_allowlist.updated", UNSET)
        if _ip_allowlist_updated_raw is None or isinstance(
            _ip_allowlist_updated_raw, Unset
        ):
            if _ip_allowlist_updated_raw is None and strict_parsing.get():
                raise TypeError("ip_allowlist.updated")

            if _ip_allowlist_updated_raw is None:
                _none_flips += ("ip_allowlist_updated",)
            ip_allowlist_updated = None

        else:
            try:
                _ip_allowlist_updated = _ip_allowlist_updated_raw
                ip_allowlist_updated: AuditLogIpAllowlistUpdated | Unset
                if isinstance(_ip_allowlist_updated, Unset):
                    ip_allowlist_updated = UNSET
                else:
                    ip_allowlist_updated = AuditLogIpAllowlistUpdated.from_dict(
                        _ip_allowlist_updated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ip_allowlist_updated = _ip_allowlist_updated_raw

        _ip_allowlist_deleted_raw = d.pop("ip_allowlist.deleted", UNSET)
        if _ip_allowlist_deleted_raw is None or isinstance(
            _ip_allowlist_deleted_raw, Unset
        ):
            if _ip_allowlist_deleted_raw is None and strict_parsing.get():
                raise TypeError("ip_allowlist.deleted")

            if _ip_allowlist_deleted_raw is None:
                _none_flips += ("ip_allowlist_deleted",)
            ip_allowlist_deleted = None

        else:
            try:
                _ip_allowlist_deleted = _ip_allowlist_deleted_raw
                ip_allowlist_deleted: AuditLogIpAllowlistDeleted | Unset
                if isinstance(_ip_allowlist_deleted, Unset):
                    ip_allowlist_deleted = UNSET
                else:
                    ip_allowlist_deleted = AuditLogIpAllowlistDeleted.from_dict(
                        _ip_allowlist_deleted
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ip_allowlist_deleted = _ip_allowlist_deleted_raw

        _ip_allowlist_config_activated_raw = d.pop(
            "ip_allowlist.config.activated", UNSET
        )
        if _ip_allowlist_config_activated_raw is None or isinstance(
            _ip_allowlist_config_activated_raw, Unset
        ):
            if _ip_allowlist_config_activated_raw is None and strict_parsing.get():
                raise TypeError("ip_allowlist.config.activated")

            if _ip_allowlist_config_activated_raw is None:
                _none_flips += ("ip_allowlist_config_activated",)
            ip_allowlist_config_activated = None

        else:
            try:
                _ip_allowlist_config_activated = _ip_allowlist_config_activated_raw
                ip_allowlist_config_activated: (
                    AuditLogIpAllowlistConfigActivated | Unset
                )
                if isinstance(_ip_allowlist_config_activated, Unset):
                    ip_allowlist_config_activated = UNSET
                else:
                    ip_allowlist_config_activated = (
                        AuditLogIpAllowlistConfigActivated.from_dict(
                            _ip_allowlist_config_activated
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ip_allowlist_config_activated = _ip_allowlist_config_activated_raw

        _ip_allowlist_config_deactivated_raw = d.pop(
            "ip_allowlist.config.deactivated", UNSET
        )
        if _ip_allowlist_config_deactivated_raw is None or isinstance(
            _ip_allowlist_config_deactivated_raw, Unset
        ):
            if _ip_allowlist_config_deactivated_raw is None and strict_parsing.get():
                raise TypeError("ip_allowlist.config.deactivated")

            if _ip_allowlist_config_deactivated_raw is None:
                _none_flips += ("ip_allowlist_config_deactivated",)
            ip_allowlist_config_deactivated = None

        else:
            try:
                _ip_allowlist_config_deactivated = _ip_allowlist_config_deactivated_raw
                ip_allowlist_config_deactivated: (
                    AuditLogIpAllowlistConfigDeactivated | Unset
                )
                if isinstance(_ip_allowlist_config_deactivated, Unset):
                    ip_allowlist_config_deactivated = UNSET
                else:
                    ip_allowlist_config_deactivated = (
                        AuditLogIpAllowlistConfigDeactivated.from_dict(
                            _ip_allowlist_config_deactivated
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                ip_allowlist_config_deactivated = _ip_allowlist_config_deactivated_raw

        _login_succeeded_raw = d.pop("login.succeeded", UNSET)
        if _login_succeeded_raw is None or isinstance(_login_succeeded_raw, Unset):
            if _login_succeeded_raw is None and strict_parsing.get():
                raise TypeError("login.succeeded")

            if _login_succeeded_raw is None:
                _none_flips += ("login_succeeded",)
            login_succeeded = None

        else:
            try:
                _login_succeeded = _login_succeeded_raw
                login_succeeded: AuditLogLoginSucceeded | Unset
                if isinstance(_login_succeeded, Unset):
                    login_succeeded = UNSET
                else:
                    login_succeeded = AuditLogLoginSucceeded.from_dict(_login_succeeded)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                login_succeeded = _login_succeeded_raw

        _login_failed_raw = d.pop("login.failed", UNSET)
        if _login_failed_raw is None or isinstance(_login_failed_raw, Unset):
            if _login_failed_raw is None and strict_parsing.get():
                raise TypeError("login.failed")

            if _login_failed_raw is None:
                _none_flips += ("login_failed",)
            login_failed = None

        else:
            try:
                _login_failed = _login_failed_raw
                login_failed: AuditLogLoginFailed | Unset
                if isinstance(_login_failed, Unset):
                    login_failed = UNSET
                else:
                    login_failed = AuditLogLoginFailed.from_dict(_login_failed)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                login_failed = _login_failed_raw

        _logout_succeeded_raw = d.pop("logout.succeeded", UNSET)
        if _logout_succeeded_raw is None or isinstance(_logout_succeeded_raw, Unset):
            if _logout_succeeded_raw is None and strict_parsing.get():
                raise TypeError("logout.succeeded")

            if _logout_succeeded_raw is None:
                _none_flips += ("logout_succeeded",)
            logout_succeeded = None

        else:
            try:
                _logout_succeeded = _logout_succeeded_raw
                logout_succeeded: AuditLogLogoutSucceeded | Unset
                if isinstance(_logout_succeeded, Unset):
                    logout_succeeded = UNSET
                else:
                    logout_succeeded = AuditLogLogoutSucceeded.from_dict(
                        _logout_succeeded
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logout_succeeded = _logout_succeeded_raw

        _logout_failed_raw = d.pop("logout.failed", UNSET)
        if _logout_failed_raw is None or isinstance(_logout_failed_raw, Unset):
            if _logout_failed_raw is None and strict_parsing.get():
                raise TypeError("logout.failed")

            if _logout_failed_raw is None:
                _none_flips += ("logout_failed",)
            logout_failed = None

        else:
            try:
                _logout_failed = _logout_failed_raw
                logout_failed: AuditLogLogoutFailed | Unset
                if isinstance(_logout_failed, Unset):
                    logout_failed = UNSET
                else:
                    logout_failed = AuditLogLogoutFailed.from_dict(_logout_failed)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logout_failed = _logout_failed_raw

        _organization_updated_raw = d.pop("organization.updated", UNSET)
        if _organization_updated_raw is None or isinstance(
            _organization_updated_raw, Unset
        ):
            if _organization_updated_raw is None and strict_parsing.get():
                raise TypeError("organization.updated")

            if _organization_updated_raw is None:
                _none_flips += ("organization_updated",)
            organization_updated = None

        else:
            try:
                _organization_updated = _organization_updated_raw
                organization_updated: AuditLogOrganizationUpdated | Unset
                if isinstance(_organization_updated, Unset):
                    organization_updated = UNSET
                else:
                    organization_updated = AuditLogOrganizationUpdated.from_dict(
                        _organization_updated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                organization_updated = _organization_updated_raw

        _project_created_raw = d.pop("project.created", UNSET)
        if _project_created_raw is None or isinstance(_project_created_raw, Unset):
            if _project_created_raw is None and strict_parsing.get():
                raise TypeError("project.created")

            if _project_created_raw is None:
                _none_flips += ("project_created",)
            project_created = None

        else:
            try:
                _project_created = _project_created_raw
                project_created: AuditLogProjectCreated | Unset
                if isinstance(_project_created, Unset):
                    project_created = UNSET
                else:
                    project_created = AuditLogProjectCreated.from_dict(_project_created)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_created = _project_created_raw

        _project_updated_raw = d.pop("project.updated", UNSET)
        if _project_updated_raw is None or isinstance(_project_updated_raw, Unset):
            if _project_updated_raw is None and strict_parsing.get():
                raise TypeError("project.updated")

            if _project_updated_raw is None:
                _none_flips += ("project_updated",)
            project_updated = None

        else:
            try:
                _project_updated = _project_updated_raw
                project_updated: AuditLogProjectUpdated | Unset
                if isinstance(_project_updated, Unset):
                    project_updated = UNSET
                else:
                    project_updated = AuditLogProjectUpdated.from_dict(_project_updated)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_updated = _project_updated_raw

        _project_archived_raw = d.pop("project.archived", UNSET)
        if _project_archived_raw is None or isinstance(_project_archived_raw, Unset):
            if _project_archived_raw is None and strict_parsing.get():
                raise TypeError("project.archived")

            if _project_archived_raw is None:
                _none_flips += ("project_archived",)
            project_archived = None

        else:
            try:
                _project_archived = _project_archived_raw
                project_archived: AuditLogProjectArchived | Unset
                if isinstance(_project_archived, Unset):
                    project_archived = UNSET
                else:
                    project_archived = AuditLogProjectArchived.from_dict(
                        _project_archived
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_archived = _project_archived_raw

        _project_deleted_raw = d.pop("project.deleted", UNSET)
        if _project_deleted_raw is None or isinstance(_project_deleted_raw, Unset):
            if _project_deleted_raw is None and strict_parsing.get():
                raise TypeError("project.deleted")

            if _project_deleted_raw is None:
                _none_flips += ("project_deleted",)
            project_deleted = None

        else:
            try:
                _project_deleted = _project_deleted_raw
                project_deleted: AuditLogProjectDeleted | Unset
                if isinstance(_project_deleted, Unset):
                    project_deleted = UNSET
                else:
                    project_deleted = AuditLogProjectDeleted.from_dict(_project_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_deleted = _project_deleted_raw

        _rate_limit_updated_raw = d.pop("rate_limit.updated", UNSET)
        if _rate_limit_updated_raw is None or isinstance(
            _rate_limit_updated_raw, Unset
        ):
            if _rate_limit_updated_raw is None and strict_parsing.get():
                raise TypeError("rate_limit.updated")

            if _rate_limit_updated_raw is None:
                _none_flips += ("rate_limit_updated",)
            rate_limit_updated = None

        else:
            try:
                _rate_limit_updated = _rate_limit_updated_raw
                rate_limit_updated: AuditLogRateLimitUpdated | Unset
                if isinstance(_rate_limit_updated, Unset):
                    rate_limit_updated = UNSET
                else:
                    rate_limit_updated = AuditLogRateLimitUpdated.from_dict(
                        _rate_limit_updated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                rate_limit_updated = _rate_limit_updated_raw

        _rate_limit_deleted_raw = d.pop("rate_limit.deleted", UNSET)
        if _rate_limit_deleted_raw is None or isinstance(
            _rate_limit_deleted_raw, Unset
        ):
            if _rate_limit_deleted_raw is None and strict_parsing.get():
                raise TypeError("rate_limit.deleted")

            if _rate_limit_deleted_raw is None:
                _none_flips += ("rate_limit_deleted",)
            rate_limit_deleted = None

        else:
            try:
                _rate_limit_deleted = _rate_limit_deleted_raw
                rate_limit_deleted: AuditLogRateLimitDeleted | Unset
                if isinstance(_rate_limit_deleted, Unset):
                    rate_limit_deleted = UNSET
                else:
                    rate_limit_deleted = AuditLogRateLimitDeleted.from_dict(
                        _rate_limit_deleted
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                rate_limit_deleted = _rate_limit_deleted_raw

        _role_created_raw = d.pop("role.created", UNSET)
        if _role_created_raw is None or isinstance(_role_created_raw, Unset):
            if _role_created_raw is None and strict_parsing.get():
                raise TypeError("role.created")

            if _role_created_raw is None:
                _none_flips += ("role_created",)
            role_created = None

        else:
            try:
                _role_created = _role_created_raw
                role_created: AuditLogRoleCreated | Unset
                if isinstance(_role_created, Unset):
                    role_created = UNSET
                else:
                    role_created = AuditLogRoleCreated.from_dict(_role_created)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_created = _role_created_raw

        _role_updated_raw = d.pop("role.updated", UNSET)
        if _role_updated_raw is None or isinstance(_role_updated_raw, Unset):
            if _role_updated_raw is None and strict_parsing.get():
                raise TypeError("role.updated")

            if _role_updated_raw is None:
                _none_flips += ("role_updated",)
            role_updated = None

        else:
            try:
                _role_updated = _role_updated_raw
                role_updated: AuditLogRoleUpdated | Unset
                if isinstance(_role_updated, Unset):
                    role_updated = UNSET
                else:
                    role_updated = AuditLogRoleUpdated.from_dict(_role_updated)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_updated = _role_updated_raw

        _role_deleted_raw = d.pop("role.deleted", UNSET)
        if _role_deleted_raw is None or isinstance(_role_deleted_raw, Unset):
            if _role_deleted_raw is None and strict_parsing.get():
                raise TypeError("role.deleted")

            if _role_deleted_raw is None:
                _none_flips += ("role_deleted",)
            role_deleted = None

        else:
            try:
                _role_deleted = _role_deleted_raw
                role_deleted: AuditLogRoleDeleted | Unset
                if isinstance(_role_deleted, Unset):
                    role_deleted = UNSET
                else:
                    role_deleted = AuditLogRoleDeleted.from_dict(_role_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_deleted = _role_deleted_raw

        _role_assignment_created_raw = d.pop("role.assignment.created", UNSET)
        if _role_assignment_created_raw is None or isinstance(
            _role_assignment_created_raw, Unset
        ):
            if _role_assignment_created_raw is None and strict_parsing.get():
                raise TypeError("role.assignment.created")

            if _role_assignment_created_raw is None:
                _none_flips += ("role_assignment_created",)
            role_assignment_created = None

        else:
            try:
                _role_assignment_created = _role_assignment_created_raw
                role_assignment_created: AuditLogRoleAssignmentCreated | Unset
                if isinstance(_role_assignment_created, Unset):
                    role_assignment_created = UNSET
                else:
                    role_assignment_created = AuditLogRoleAssignmentCreated.from_dict(
                        _role_assignment_created
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_assignment_created = _role_assignment_created_raw

        _role_assignment_deleted_raw = d.pop("role.assignment.deleted", UNSET)
        if _role_assignment_deleted_raw is None or isinstance(
            _role_assignment_deleted_raw, Unset
        ):
            if _role_assignment_deleted_raw is None and strict_parsing.get():
                raise TypeError("role.assignment.deleted")

            if _role_assignment_deleted_raw is None:
                _none_flips += ("role_assignment_deleted",)
            role_assignment_deleted = None

        else:
            try:
                _role_assignment_deleted = _role_assignment_deleted_raw
                role_assignment_deleted: AuditLogRoleAssignmentDeleted | Unset
                if isinstance(_role_assignment_deleted, Unset):
                    role_assignment_deleted = UNSET
                else:
                    role_assignment_deleted = AuditLogRoleAssignmentDeleted.from_dict(
                        _role_assignment_deleted
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_assignment_deleted = _role_assignment_deleted_raw

        _role_bound_to_resource_raw = d.pop("role.bound_to_resource", UNSET)
        if _role_bound_to_resource_raw is None or isinstance(
            _role_bound_to_resource_raw, Unset
        ):
            if _role_bound_to_resource_raw is None and strict_parsing.get():
                raise TypeError("role.bound_to_resource")

            if _role_bound_to_resource_raw is None:
                _none_flips += ("role_bound_to_resource",)
            role_bound_to_resource = None

        else:
            try:
                _role_bound_to_resource = _role_bound_to_resource_raw
                role_bound_to_resource: AuditLogRoleBoundToResource | Unset
                if isinstance(_role_bound_to_resource, Unset):
                    role_bound_to_resource = UNSET
                else:
                    role_bound_to_resource = AuditLogRoleBoundToResource.from_dict(
                        _role_bound_to_resource
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_bound_to_resource = _role_bound_to_resource_raw

        _role_unbound_from_resource_raw = d.pop("role.unbound_from_resource", UNSET)
        if _role_unbound_from_resource_raw is None or isinstance(
            _role_unbound_from_resource_raw, Unset
        ):
            if _role_unbound_from_resource_raw is None and strict_parsing.get():
                raise TypeError("role.unbound_from_resource")

            if _role_unbound_from_resource_raw is None:
                _none_flips += ("role_unbound_from_resource",)
            role_unbound_from_resource = None

        else:
            try:
                _role_unbound_from_resource = _role_unbound_from_resource_raw
                role_unbound_from_resource: AuditLogRoleUnboundFromResource | Unset
                if isinstance(_role_unbound_from_resource, Unset):
                    role_unbound_from_resource = UNSET
                else:
                    role_unbound_from_resource = (
                        AuditLogRoleUnboundFromResource.from_dict(
                            _role_unbound_from_resource
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role_unbound_from_resource = _role_unbound_from_resource_raw

        _service_account_created_raw = d.pop("service_account.created", UNSET)
        if _service_account_created_raw is None or isinstance(
            _service_account_created_raw, Unset
        ):
            if _service_account_created_raw is None and strict_parsing.get():
                raise TypeError("service_account.created")

            if _service_account_created_raw is None:
                _none_flips += ("service_account_created",)
            service_account_created = None

        else:
            try:
                _service_account_created = _service_account_created_raw
                service_account_created: AuditLogServiceAccountCreated | Unset
                if isinstance(_service_account_created, Unset):
                    service_account_created = UNSET
                else:
                    service_account_created = AuditLogServiceAccountCreated.from_dict(
                        _service_account_created
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_account_created = _service_account_created_raw

        _service_account_updated_raw = d.pop("service_account.updated", UNSET)
        if _service_account_updated_raw is None or isinstance(
            _service_account_updated_raw, Unset
        ):
            if _service_account_updated_raw is None and strict_parsing.get():
                raise TypeError("service_account.updated")

            if _service_account_updated_raw is None:
                _none_flips += ("service_account_updated",)
            service_account_updated = None

        else:
            try:
                _service_account_updated = _service_account_updated_raw
                service_account_updated: AuditLogServiceAccountUpdated | Unset
                if isinstance(_service_account_updated, Unset):
                    service_account_updated = UNSET
                else:
                    service_account_updated = AuditLogServiceAccountUpdated.from_dict(
                        _service_account_updated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_account_updated = _service_account_updated_raw

        _service_account_deleted_raw = d.pop("service_account.deleted", UNSET)
        if _service_account_deleted_raw is None or isinstance(
            _service_account_deleted_raw, Unset
        ):
            if _service_account_deleted_raw is None and strict_parsing.get():
                raise TypeError("service_account.deleted")

            if _service_account_deleted_raw is None:
                _none_flips += ("service_account_deleted",)
            service_account_deleted = None

        else:
            try:
                _service_account_deleted = _service_account_deleted_raw
                service_account_deleted: AuditLogServiceAccountDeleted | Unset
                if isinstance(_service_account_deleted, Unset):
                    service_account_deleted = UNSET
                else:
                    service_account_deleted = AuditLogServiceAccountDeleted.from_dict(
                        _service_account_deleted
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_account_deleted = _service_account_deleted_raw

        _workload_identity_provider_created_raw = d.pop(
            "workload_identity_provider.created", UNSET
        )
        if _workload_identity_provider_created_raw is None or isinstance(
            _workload_identity_provider_created_raw, Unset
        ):
            if _workload_identity_provider_created_raw is None and strict_parsing.get():
                raise TypeError("workload_identity_provider.created")

            if _workload_identity_provider_created_raw is None:
                _none_flips += ("workload_identity_provider_created",)
            workload_identity_provider_created = None

        else:
            try:
                _workload_identity_provider_created = (
                    _workload_identity_provider_created_raw
                )
                workload_identity_provider_created: (
                    AuditLogWorkloadIdentityProviderCreated | Unset
                )
                if isinstance(_workload_identity_provider_created, Unset):
                    workload_identity_provider_created = UNSET
                else:
                    workload_identity_provider_created = (
                        AuditLogWorkloadIdentityProviderCreated.from_dict(
                            _workload_identity_provider_created
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_created = (
                    _workload_identity_provider_created_raw
                )

        _workload_identity_provider_updated_raw = d.pop(
            "workload_identity_provider.updated", UNSET
        )
        if _workload_identity_provider_updated_raw is None or isinstance(
            _workload_identity_provider_updated_raw, Unset
        ):
            if _workload_identity_provider_updated_raw is None and strict_parsing.get():
                raise TypeError("workload_identity_provider.updated")

            if _workload_identity_provider_updated_raw is None:
                _none_flips += ("workload_identity_provider_updated",)
            workload_identity_provider_updated = None

        else:
            try:
                _workload_identity_provider_updated = (
                    _workload_identity_provider_updated_raw
                )
                workload_identity_provider_updated: (
                    AuditLogWorkloadIdentityProviderUpdated | Unset
                )
                if isinstance(_workload_identity_provider_updated, Unset):
                    workload_identity_provider_updated = UNSET
                else:
                    workload_identity_provider_updated = (
                        AuditLogWorkloadIdentityProviderUpdated.from_dict(
                            _workload_identity_provider_updated
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_updated = (
                    _workload_identity_provider_updated_raw
                )

        _workload_identity_provider_deleted_raw = d.pop(
            "workload_identity_provider.deleted", UNSET
        )
        if _workload_identity_provider_deleted_raw is None or isinstance(
            _workload_identity_provider_deleted_raw, Unset
        ):
            if _workload_identity_provider_deleted_raw is None and strict_parsing.get():
                raise TypeError("workload_identity_provider.deleted")

            if _workload_identity_provider_deleted_raw is None:
                _none_flips += ("workload_identity_provider_deleted",)
            workload_identity_provider_deleted = None

        else:
            try:
                _workload_identity_provider_deleted = (
                    _workload_identity_provider_deleted_raw
                )
                workload_identity_provider_deleted: (
                    AuditLogWorkloadIdentityProviderDeleted | Unset
                )
                if isinstance(_workload_identity_provider_deleted, Unset):
                    workload_identity_provider_deleted = UNSET
                else:
                    workload_identity_provider_deleted = (
                        AuditLogWorkloadIdentityProviderDeleted.from_dict(
                            _workload_identity_provider_deleted
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_deleted = (
                    _workload_identity_provider_deleted_raw
                )

        _workload_identity_provider_mapping_created_raw = d.pop(
            "workload_identity_provider_mapping.created", UNSET
        )
        if _workload_identity_provider_mapping_created_raw is None or isinstance(
            _workload_identity_provider_mapping_created_raw, Unset
        ):
            if (
                _workload_identity_provider_mapping_created_raw is None
                and strict_parsing.get()
            ):
                raise TypeError("workload_identity_provider_mapping.created")

            if _workload_identity_provider_mapping_created_raw is None:
                _none_flips += ("workload_identity_provider_mapping_created",)
            workload_identity_provider_mapping_created = None

        else:
            try:
                _workload_identity_provider_mapping_created = (
                    _workload_identity_provider_mapping_created_raw
                )
                workload_identity_provider_mapping_created: (
                    AuditLogWorkloadIdentityProviderMappingCreated | Unset
                )
                if isinstance(_workload_identity_provider_mapping_created, Unset):
                    workload_identity_provider_mapping_created = UNSET
                else:
                    workload_identity_provider_mapping_created = (
                        AuditLogWorkloadIdentityProviderMappingCreated.from_dict(
                            _workload_identity_provider_mapping_created
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_mapping_created = (
                    _workload_identity_provider_mapping_created_raw
                )

        _workload_identity_provider_mapping_updated_raw = d.pop(
            "workload_identity_provider_mapping.updated", UNSET
        )
        if _workload_identity_provider_mapping_updated_raw is None or isinstance(
            _workload_identity_provider_mapping_updated_raw, Unset
        ):
            if (
                _workload_identity_provider_mapping_updated_raw is None
                and strict_parsing.get()
            ):
                raise TypeError("workload_identity_provider_mapping.updated")

            if _workload_identity_provider_mapping_updated_raw is None:
                _none_flips += ("workload_identity_provider_mapping_updated",)
            workload_identity_provider_mapping_updated = None

        else:
            try:
                _workload_identity_provider_mapping_updated = (
                    _workload_identity_provider_mapping_updated_raw
                )
                workload_identity_provider_mapping_updated: (
                    AuditLogWorkloadIdentityProviderMappingUpdated | Unset
                )
                if isinstance(_workload_identity_provider_mapping_updated, Unset):
                    workload_identity_provider_mapping_updated = UNSET
                else:
                    workload_identity_provider_mapping_updated = (
                        AuditLogWorkloadIdentityProviderMappingUpdated.from_dict(
                            _workload_identity_provider_mapping_updated
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_mapping_updated = (
                    _workload_identity_provider_mapping_updated_raw
                )

        _workload_identity_provider_mapping_deleted_raw = d.pop(
            "workload_identity_provider_mapping.deleted", UNSET
        )
        if _workload_identity_provider_mapping_deleted_raw is None or isinstance(
            _workload_identity_provider_mapping_deleted_raw, Unset
        ):
            if (
                _workload_identity_provider_mapping_deleted_raw is None
                and strict_parsing.get()
            ):
                raise TypeError("workload_identity_provider_mapping.deleted")

            if _workload_identity_provider_mapping_deleted_raw is None:
                _none_flips += ("workload_identity_provider_mapping_deleted",)
            workload_identity_provider_mapping_deleted = None

        else:
            try:
                _workload_identity_provider_mapping_deleted = (
                    _workload_identity_provider_mapping_deleted_raw
                )
                workload_identity_provider_mapping_deleted: (
                    AuditLogWorkloadIdentityProviderMappingDeleted | Unset
                )
                if isinstance(_workload_identity_provider_mapping_deleted, Unset):
                    workload_identity_provider_mapping_deleted = UNSET
                else:
                    workload_identity_provider_mapping_deleted = (
                        AuditLogWorkloadIdentityProviderMappingDeleted.from_dict(
                            _workload_identity_provider_mapping_deleted
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workload_identity_provider_mapping_deleted = (
                    _workload_identity_provider_mapping_deleted_raw
                )

        _user_added_raw = d.pop("user.added", UNSET)
        if _user_added_raw is None or isinstance(_user_added_raw, Unset):
            if _user_added_raw is None and strict_parsing.get():
                raise TypeError("user.added")

            if _user_added_raw is None:
                _none_flips += ("user_added",)
            user_added = None

        else:
            try:
                _user_added = _user_added_raw
                user_added: AuditLogUserAdded | Unset
                if isinstance(_user_added, Unset):
                    user_added = UNSET
                else:
                    user_added = AuditLogUserAdded.from_dict(_user_added)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_added = _user_added_raw

        _user_updated_raw = d.pop("user.updated", UNSET)
        if _user_updated_raw is None or isinstance(_user_updated_raw, Unset):
            if _user_updated_raw is None and strict_parsing.get():
                raise TypeError("user.updated")

            if _user_updated_raw is None:
                _none_flips += ("user_updated",)
            user_updated = None

        else:
            try:
                _user_updated = _user_updated_raw
                user_updated: AuditLogUserUpdated | Unset
                if isinstance(_user_updated, Unset):
                    user_updated = UNSET
                else:
                    user_updated = AuditLogUserUpdated.from_dict(_user_updated)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_updated = _user_updated_raw

        _user_deleted_raw = d.pop("user.deleted", UNSET)
        if _user_deleted_raw is None or isinstance(_user_deleted_raw, Unset):
            if _user_deleted_raw is None and strict_parsing.get():
                raise TypeError("user.deleted")

            if _user_deleted_raw is None:
                _none_flips += ("user_deleted",)
            user_deleted = None

        else:
            try:
                _user_deleted = _user_deleted_raw
                user_deleted: AuditLogUserDeleted | Unset
                if isinstance(_user_deleted, Unset):
                    user_deleted = UNSET
                else:
                    user_deleted = AuditLogUserDeleted.from_dict(_user_deleted)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_deleted = _user_deleted_raw

        _certificate_created_raw = d.pop("certificate.created", UNSET)
        if _certificate_created_raw is None or isinstance(
            _certificate_created_raw, Unset
        ):
            if _certificate_created_raw is None and strict_parsing.get():
                raise TypeError("certificate.created")

            if _certificate_created_raw is None:
                _none_flips += ("certificate_created",)
            certificate_created = None

        else:
            try:
                _certificate_created = _certificate_created_raw
                certificate_created: AuditLogCertificateCreated | Unset
                if isinstance(_certificate_created, Unset):
                    certificate_created = UNSET
                else:
                    certificate_created = AuditLogCertificateCreated.from_dict(
                        _certificate_created
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificate_created = _certificate_created_raw

        _certificate_updated_raw = d.pop("certificate.updated", UNSET)
        if _certificate_updated_raw is None or isinstance(
            _certificate_updated_raw, Unset
        ):
            if _certificate_updated_raw is None and strict_parsing.get():
                raise TypeError("certificate.updated")

            if _certificate_updated_raw is None:
                _none_flips += ("certificate_updated",)
            certificate_updated = None

        else:
            try:
                _certificate_updated = _certificate_updated_raw
                certificate_updated: AuditLogCertificateUpdated | Unset
                if isinstance(_certificate_updated, Unset):
                    certificate_updated = UNSET
                else:
                    certificate_updated = AuditLogCertificateUpdated.from_dict(
                        _certificate_updated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificate_updated = _certificate_updated_raw

        _certificate_deleted_raw = d.pop("certificate.deleted", UNSET)
        if _certificate_deleted_raw is None or isinstance(
            _certificate_deleted_raw, Unset
        ):
            if _certificate_deleted_raw is None and strict_parsing.get():
                raise TypeError("certificate.deleted")

            if _certificate_deleted_raw is None:
                _none_flips += ("certificate_deleted",)
            certificate_deleted = None

        else:
            try:
                _certificate_deleted = _certificate_deleted_raw
                certificate_deleted: AuditLogCertificateDeleted | Unset
                if isinstance(_certificate_deleted, Unset):
                    certificate_deleted = UNSET
                else:
                    certificate_deleted = AuditLogCertificateDeleted.from_dict(
                        _certificate_deleted
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificate_deleted = _certificate_deleted_raw

        _certificates_activated_raw = d.pop("certificates.activated", UNSET)
        if _certificates_activated_raw is None or isinstance(
            _certificates_activated_raw, Unset
        ):
            if _certificates_activated_raw is None and strict_parsing.get():
                raise TypeError("certificates.activated")

            if _certificates_activated_raw is None:
                _none_flips += ("certificates_activated",)
            certificates_activated = None

        else:
            try:
                _certificates_activated = _certificates_activated_raw
                certificates_activated: AuditLogCertificatesActivated | Unset
                if isinstance(_certificates_activated, Unset):
                    certificates_activated = UNSET
                else:
                    certificates_activated = AuditLogCertificatesActivated.from_dict(
                        _certificates_activated
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificates_activated = _certificates_activated_raw

        _certificates_deactivated_raw = d.pop("certificates.deactivated", UNSET)
        if _certificates_deactivated_raw is None or isinstance(
            _certificates_deactivated_raw, Unset
        ):
            if _certificates_deactivated_raw is None and strict_parsing.get():
                raise TypeError("certificates.deactivated")

            if _certificates_deactivated_raw is None:
                _none_flips += ("certificates_deactivated",)
            certificates_deactivated = None

        else:
            try:
                _certificates_deactivated = _certificates_deactivated_raw
                certificates_deactivated: AuditLogCertificatesDeactivated | Unset
                if isinstance(_certificates_deactivated, Unset):
                    certificates_deactivated = UNSET
                else:
                    certificates_deactivated = (
                        AuditLogCertificatesDeactivated.from_dict(
                            _certificates_deactivated
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificates_deactivated = _certificates_deactivated_raw

        audit_log = cls(
            id=id,
            type_=type_,
            effective_at=effective_at,
            project=project,
            actor=actor,
            api_key_created=api_key_created,
            api_key_updated=api_key_updated,
            api_key_deleted=api_key_deleted,
            checkpoint_permission_created=checkpoint_permission_created,
            checkpoint_permission_deleted=checkpoint_permission_deleted,
            external_key_registered=external_key_registered,
            external_key_removed=external_key_removed,
            group_created=group_created,
            group_updated=group_updated,
            group_deleted=group_deleted,
            scim_enabled=scim_enabled,
            scim_disabled=scim_disabled,
            invite_sent=invite_sent,
            invite_accepted=invite_accepted,
            invite_deleted=invite_deleted,
            ip_allowlist_created=ip_allowlist_created,
            ip_allowlist_updated=ip_allowlist_updated,
            ip_allowlist_deleted=ip_allowlist_deleted,
            ip_allowlist_config_activated=ip_allowlist_config_activated,
            ip_allowlist_config_deactivated=ip_allowlist_config_deactivated,
            login_succeeded=login_succeeded,
            login_failed=login_failed,
            logout_succeeded=logout_succeeded,
            logout_failed=logout_failed,
            organization_updated=organization_updated,
            project_created=project_created,
            project_updated=project_updated,
            project_archived=project_archived,
            project_deleted=project_deleted,
            rate_limit_updated=rate_limit_updated,
            rate_limit_deleted=rate_limit_deleted,
            role_created=role_created,
            role_updated=role_updated,
            role_deleted=role_deleted,
            role_assignment_created=role_assignment_created,
            role_assignment_deleted=role_assignment_deleted,
            role_bound_to_resource=role_bound_to_resource,
            role_unbound_from_resource=role_unbound_from_resource,
            service_account_created=service_account_created,
            service_account_updated=service_account_updated,
            service_account_deleted=service_account_deleted,
            workload_identity_provider_created=workload_identity_provider_created,
            workload_identity_provider_updated=workload_identity_provider_updated,
            workload_identity_provider_deleted=workload_identity_provider_deleted,
            workload_identity_provider_mapping_created=workload_identity_provider_mapping_created,
            workload_identity_provider_mapping_updated=workload_identity_provider_mapping_updated,
            workload_identity_provider_mapping_deleted=workload_identity_provider_mapping_deleted,
            user_added=user_added,
            user_updated=user_updated,
            user_deleted=user_deleted,
            certificate_created=certificate_created,
            certificate_updated=certificate_updated,
            certificate_deleted=certificate_deleted,
            certificates_activated=certificates_activated,
            certificates_deactivated=certificates_deactivated,
        )
        if _none_flips:
            audit_log._none_flips = _none_flips

        audit_log.additional_properties = d
        return audit_log

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
