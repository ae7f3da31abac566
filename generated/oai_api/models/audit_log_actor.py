from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.audit_log_actor_type import AuditLogActorType, check_audit_log_actor_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey
    from ..models.audit_log_actor_session import AuditLogActorSession


@_attrs_define(repr=False)
class AuditLogActor(_OpenModel):
    """Who triggered the event: a user session or an API key."""

    type_: AuditLogActorType | None = None

    session: AuditLogActorSession | None = None
    """ Browser session behind the event: the signed-in user and their IP address. """
    api_key: AuditLogActorApiKey | None = None
    """ The API key behind the event, and the user or service account that owns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("api_key", "session", "type")
    _tags = {"type": ("session", "api_key")}

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_actor_api_key import AuditLogActorApiKey
        from ..models.audit_log_actor_session import AuditLogActorSession

        return fields(
            ("type_", "type", OPTIONAL, check_audit_log_actor_type),
            ("session", "session", OPTIONAL, AuditLogActorSession),
            ("api_key", "api_key", OPTIONAL, AuditLogActorApiKey),
        )
