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
from ..models.project_model_permissions_update_request_mode import (
    ProjectModelPermissionsUpdateRequestMode,
    check_project_model_permissions_update_request_mode,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectModelPermissionsUpdateRequest(_OpenModel):
    """New model policy for a project."""

    mode: ProjectModelPermissionsUpdateRequestMode
    """ `allow_list` permits only the listed models; `deny_list` blocks them. """
    model_ids: list[str]
    """ Model IDs that the policy allows or blocks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode", "model_ids")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "mode",
                "mode",
                REQUIRED,
                check_project_model_permissions_update_request_mode,
            ),
            ("model_ids", "model_ids", REQUIRED, list_of(None)),
            strict=True,
        )
