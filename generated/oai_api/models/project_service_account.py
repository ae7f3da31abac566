from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_service_account_object import (
    ProjectServiceAccountObject,
    check_project_service_account_object,
)
from ..models.project_service_account_role import (
    ProjectServiceAccountRole,
    check_project_service_account_role,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectServiceAccount(_OpenModel):
    """A service account of a project: a non-human identity with its role."""

    object_: ProjectServiceAccountObject

    id: str

    name: str

    role: ProjectServiceAccountRole

    created_at: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name", "object", "role")
    _tags = {
        "object": ("organization.project.service_account",),
        "role": ("owner", "member", "none"),
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_service_account_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("role", "role", REQUIRED, check_project_service_account_role),
            ("created_at", "created_at", REQUIRED, None),
        )
