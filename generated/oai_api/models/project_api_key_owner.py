from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_api_key_owner_type import (
    ProjectApiKeyOwnerType,
    check_project_api_key_owner_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount,
    )
    from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser


@_attrs_define(repr=False)
class ProjectApiKeyOwner(_OpenModel):
    type_: ProjectApiKeyOwnerType | None = None

    user: ProjectApiKeyOwnerUser | None = None
    """ Owner of a project API key when that owner is a user. """
    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """ Owner of a project API key when that owner is a service account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("service_account", "type", "user")
    _tags = {"type": ("user", "service_account")}

    @staticmethod
    def _fields() -> Table:
        from ..models.project_api_key_owner_service_account import (
            ProjectApiKeyOwnerServiceAccount,
        )
        from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser

        return fields(
            ("type_", "type", OPTIONAL, check_project_api_key_owner_type),
            ("user", "user", OPTIONAL, ProjectApiKeyOwnerUser),
            (
                "service_account",
                "service_account",
                OPTIONAL,
                ProjectApiKeyOwnerServiceAccount,
            ),
        )
