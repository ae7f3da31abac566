from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_group_group_type import (
    ProjectGroupGroupType,
    check_project_group_group_type,
)
from ..models.project_group_object import ProjectGroupObject, check_project_group_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectGroup(_OpenModel):
    """A group's membership in a project, with the group's name, type and when access was granted."""

    object_: ProjectGroupObject

    project_id: str

    group_id: str

    group_name: str

    group_type: ProjectGroupGroupType

    created_at: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "group_id",
        "group_name",
        "group_type",
        "object",
        "project_id",
    )
    _tags = {"object": ("project.group",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_group_object),
            ("project_id", "project_id", REQUIRED, None),
            ("group_id", "group_id", REQUIRED, None),
            ("group_name", "group_name", REQUIRED, None),
            ("group_type", "group_type", REQUIRED, check_project_group_group_type),
            ("created_at", "created_at", REQUIRED, None),
        )
