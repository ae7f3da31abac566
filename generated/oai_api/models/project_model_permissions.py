from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_model_permissions_mode import (
    ProjectModelPermissionsMode,
    check_project_model_permissions_mode,
)
from ..models.project_model_permissions_object import (
    ProjectModelPermissionsObject,
    check_project_model_permissions_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectModelPermissions(_OpenModel):
    """A project's model policy: an allowlist or denylist of model IDs."""

    object_: ProjectModelPermissionsObject

    mode: ProjectModelPermissionsMode

    model_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "model_ids", "object")
    _tags = {"object": ("project.model_permissions",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_model_permissions_object),
            ("mode", "mode", REQUIRED, check_project_model_permissions_mode),
            ("model_ids", "model_ids", REQUIRED, list_of(None)),
        )
