from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.invite_object import InviteObject, check_invite_object
from ..models.invite_role import InviteRole, check_invite_role
from ..models.invite_status import InviteStatus, check_invite_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.invite_projects_item import InviteProjectsItem


@_attrs_define(repr=False)
class Invite(_OpenModel):
    """An invitation for someone to join the organization, with its role, status and project memberships."""

    object_: InviteObject

    id: str

    email: str

    role: InviteRole

    status: InviteStatus

    created_at: int

    projects: list[InviteProjectsItem]

    expires_at: int | None = None

    accepted_at: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "accepted_at",
        "created_at",
        "email",
        "expires_at",
        "id",
        "object",
        "projects",
        "role",
        "status",
    )
    _tags = {"object": ("organization.invite",), "role": ("owner", "reader")}

    @staticmethod
    def _fields() -> Table:
        from ..models.invite_projects_item import InviteProjectsItem

        return fields(
            ("object_", "object", REQUIRED, check_invite_object),
            ("id", "id", REQUIRED, None),
            ("email", "email", REQUIRED, None),
            ("role", "role", REQUIRED, check_invite_role),
            ("status", "status", REQUIRED, check_invite_status),
            ("created_at", "created_at", REQUIRED, None),
            ("projects", "projects", REQUIRED, list_of(InviteProjectsItem)),
            ("expires_at", "expires_at", OPTIONAL_OR_NULL, one_of(int, None)),
            ("accepted_at", "accepted_at", OPTIONAL_OR_NULL, one_of(int, None)),
        )
