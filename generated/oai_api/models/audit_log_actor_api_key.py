from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
    check_audit_log_actor_api_key_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
    from ..models.audit_log_actor_user import AuditLogActorUser


@_attrs_define(repr=False)
class AuditLogActorApiKey(_OpenModel):
    """The API key behind the event, and the user or service account that owns it."""

    id: str | None = None

    type_: AuditLogActorApiKeyType | None = None

    user: AuditLogActorUser | None = None
    """ User who carried out the logged action, by ID and email. """
    service_account: AuditLogActorServiceAccount | None = None
    """ The acting service account, by ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "service_account", "type", "user")
    _tags = {"type": ("user", "service_account")}

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
        from ..models.audit_log_actor_user import AuditLogActorUser

        return fields(
            ("id", "id", OPTIONAL, None),
            ("type_", "type", OPTIONAL, check_audit_log_actor_api_key_type),
            ("user", "user", OPTIONAL, AuditLogActorUser),
            (
                "service_account",
                "service_account",
                OPTIONAL,
                AuditLogActorServiceAccount,
            ),
        )
