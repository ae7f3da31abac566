from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.organization_data_retention_object import (
    OrganizationDataRetentionObject,
    check_organization_data_retention_object,
)
from ..models.organization_data_retention_type import (
    OrganizationDataRetentionType,
    check_organization_data_retention_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class OrganizationDataRetention(_OpenModel):
    """The data retention mode in force for the organization (`object` is `organization.data_retention`)."""

    object_: OrganizationDataRetentionObject

    type_: OrganizationDataRetentionType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("object", "type")
    _tags = {
        "type": (
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ),
        "object": ("organization.data_retention",),
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_organization_data_retention_object),
            ("type_", "type", REQUIRED, check_organization_data_retention_type),
        )
