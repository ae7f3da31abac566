from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.invite_request_role import InviteRequestRole, check_invite_request_role

if TYPE_CHECKING:
    from .._model import Table
    from ..models.invite_request_projects_item import InviteRequestProjectsItem


@_attrs_define(repr=False)
class InviteRequest(_OpenModel):
    """Who to invite, with which organization role and project memberships."""

    email: str
    """ Email address the invite is sent to. """
    role: InviteRequestRole
    """ Organization role granted on acceptance: `reader` or `owner`. """
    projects: list[InviteRequestProjectsItem] | None = None
    """ Projects the person joins on accepting. Omitted: only the default project; an empty list: no projects at
    all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("email", "projects", "role")
    _tags = {"role": ("reader", "owner")}

    @staticmethod
    def _fields() -> Table:
        from ..models.invite_request_projects_item import InviteRequestProjectsItem

        return fields(
            ("email", "email", REQUIRED, None),
            ("role", "role", REQUIRED, check_invite_request_role),
            ("projects", "projects", OPTIONAL, list_of(InviteRequestProjectsItem)),
            strict=True,
        )
