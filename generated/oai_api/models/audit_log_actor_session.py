from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_actor_user import AuditLogActorUser


@_attrs_define(repr=False)
class AuditLogActorSession(_OpenModel):
    """Browser session behind the event: the signed-in user and their IP address."""

    user: AuditLogActorUser | None = None
    """ User who carried out the logged action, by ID and email. """
    ip_address: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("ip_address", "user")

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_actor_user import AuditLogActorUser

        return fields(
            ("user", "user", OPTIONAL, AuditLogActorUser),
            ("ip_address", "ip_address", OPTIONAL, None),
        )
