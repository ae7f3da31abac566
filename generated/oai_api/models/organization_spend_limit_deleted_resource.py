from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.organization_spend_limit_deleted_resource_object import (
    OrganizationSpendLimitDeletedResourceObject,
    check_organization_spend_limit_deleted_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class OrganizationSpendLimitDeletedResource(_OpenModel):
    """Returned once the organization no longer has a hard spend limit."""

    object_: OrganizationSpendLimitDeletedResourceObject

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "object")
    _tags = {"object": ("organization.spend_limit.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_organization_spend_limit_deleted_resource_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
        )
