from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class PublicUpdateOrganizationRoleBody(_OpenModel):
    """Role fields to change; omitted ones stay as they are."""

    permissions: list[str] | None = None
    """ New set of permissions, replacing the current one. """
    description: None | str = None
    """ New description. """
    role_name: None | str = None
    """ New role name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "permissions", "role_name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "permissions",
                "permissions",
                OPTIONAL_OR_NULL,
                one_of(list_of(None), None),
            ),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            ("role_name", "role_name", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
