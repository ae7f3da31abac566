from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_user_object import ProjectUserObject, check_project_user_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectUser(_OpenModel):
    """A user's membership in a project, with role and date added."""

    object_: ProjectUserObject

    id: str

    role: str

    added_at: int

    name: None | str = None

    email: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("added_at", "email", "id", "name", "object", "role")
    _tags = {"object": ("organization.project.user",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_user_object),
            ("id", "id", REQUIRED, None),
            ("role", "role", REQUIRED, None),
            ("added_at", "added_at", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("email", "email", OPTIONAL_OR_NULL, one_of(str, None)),
        )
