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

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class PublicCreateOrganizationRoleBody(_OpenModel):
    """Name, permissions and optional description of a new custom role."""

    role_name: str
    """ Name of the role; must be unique. """
    permissions: list[str]
    """ Names of the permissions the role grants. """
    description: None | str = None
    """ Free-text note on what the role is for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "permissions", "role_name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role_name", "role_name", REQUIRED, None),
            ("permissions", "permissions", REQUIRED, list_of(None)),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
