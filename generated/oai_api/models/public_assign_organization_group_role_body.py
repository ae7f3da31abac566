from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class PublicAssignOrganizationGroupRoleBody(_OpenModel):
    """Body for granting a role: just the role's ID."""

    role_id: str
    """ ID of the role to grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("role_id",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role_id", "role_id", REQUIRED, None),
            strict=True,
        )
