from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_data_retention_object import (
    ProjectDataRetentionObject,
    check_project_data_retention_object,
)
from ..models.project_data_retention_type import (
    ProjectDataRetentionType,
    check_project_data_retention_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectDataRetention(_OpenModel):
    """The data retention mode in force for one project."""

    object_: ProjectDataRetentionObject

    type_: ProjectDataRetentionType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("object", "type")
    _tags = {
        "type": (
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ),
        "object": ("project.data_retention",),
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_data_retention_object),
            ("type_", "type", REQUIRED, check_project_data_retention_type),
        )
