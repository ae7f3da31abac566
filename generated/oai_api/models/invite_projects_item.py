from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.invite_projects_item_role import (
    InviteProjectsItemRole,
    check_invite_projects_item_role,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class InviteProjectsItem(_OpenModel):
    id: str

    role: InviteProjectsItemRole

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "role")
    _tags = {"role": ("member", "owner")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("role", "role", REQUIRED, check_invite_projects_item_role),
        )
