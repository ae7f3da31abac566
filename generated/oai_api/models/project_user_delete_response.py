from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_user_delete_response_object import (
    ProjectUserDeleteResponseObject,
    check_project_user_delete_response_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectUserDeleteResponse(_OpenModel):
    """Result of removing a user from a project."""

    object_: ProjectUserDeleteResponseObject

    id: str

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("organization.project.user.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_user_delete_response_object),
            ("id", "id", REQUIRED, None),
            ("deleted", "deleted", REQUIRED, None),
        )
