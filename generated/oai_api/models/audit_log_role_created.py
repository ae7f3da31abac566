from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AuditLogRoleCreated(_OpenModel):
    id: str | None = None

    role_name: str | None = None

    permissions: list[str] | None = None

    resource_type: str | None = None

    resource_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "permissions", "resource_id", "resource_type", "role_name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", OPTIONAL, None),
            ("role_name", "role_name", OPTIONAL, None),
            ("permissions", "permissions", OPTIONAL, list_of(None)),
            ("resource_type", "resource_type", OPTIONAL, None),
            ("resource_id", "resource_id", OPTIONAL, None),
        )
