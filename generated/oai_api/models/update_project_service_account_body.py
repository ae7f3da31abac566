from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.update_project_service_account_body_role import (
    UpdateProjectServiceAccountBodyRole,
    check_update_project_service_account_body_role,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UpdateProjectServiceAccountBody(_OpenModel):
    """Service account fields to change; omitted ones stay as they are."""

    name: str | None = None
    """ New name for the service account. """
    role: UpdateProjectServiceAccountBodyRole | None = None
    """ New role: `member` or `owner`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "role")
    _tags = {"role": ("member", "owner")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", OPTIONAL, None),
            ("role", "role", OPTIONAL, check_update_project_service_account_body_role),
            strict=True,
        )
