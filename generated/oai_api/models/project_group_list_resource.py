from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_group_list_resource_object import (
    ProjectGroupListResourceObject,
    check_project_group_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.project_group import ProjectGroup


@_attrs_define(repr=False)
class ProjectGroupListResource(_OpenModel):
    """One page of the groups that can access a project, with a cursor for the next page."""

    object_: ProjectGroupListResourceObject

    data: list[ProjectGroup]

    has_more: bool

    next_: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "next", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.project_group import ProjectGroup

        return fields(
            ("object_", "object", REQUIRED, check_project_group_list_resource_object),
            ("data", "data", REQUIRED, list_of(ProjectGroup)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_", "next", REQUIRED_OR_NULL, one_of(str, None)),
        )
