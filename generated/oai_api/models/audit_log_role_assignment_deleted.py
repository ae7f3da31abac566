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


@_attrs_define(repr=False)
class AuditLogRoleAssignmentDeleted(_OpenModel):
    id: str | None = None

    principal_id: str | None = None

    principal_type: str | None = None

    resource_id: str | None = None

    resource_type: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "principal_id", "principal_type", "resource_id", "resource_type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", OPTIONAL, None),
            ("principal_id", "principal_id", OPTIONAL, None),
            ("principal_type", "principal_type", OPTIONAL, None),
            ("resource_id", "resource_id", OPTIONAL, None),
            ("resource_type", "resource_type", OPTIONAL, None),
        )
