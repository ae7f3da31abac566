from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class GroupResponse(_OpenModel):
    """An organization group: ID, name, creation time, type and whether SCIM manages it."""

    id: str

    name: str

    created_at: int

    is_scim_managed: bool

    group_type: GroupResponseGroupType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "group_type", "id", "is_scim_managed", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("is_scim_managed", "is_scim_managed", REQUIRED, None),
            ("group_type", "group_type", REQUIRED, check_group_response_group_type),
        )
