from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_api_key_object import (
    ProjectApiKeyObject,
    check_project_api_key_object,
)
from ..models.project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess,
    check_project_api_key_owner_project_access,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.project_api_key_owner import ProjectApiKeyOwner


@_attrs_define(repr=False)
class ProjectApiKey(_OpenModel):
    """A project API key with its redacted value, owner and last use."""

    object_: ProjectApiKeyObject

    redacted_value: str

    name: str

    created_at: int

    last_used_at: int | None

    id: str

    owner_project_access: ProjectApiKeyOwnerProjectAccess

    owner: ProjectApiKeyOwner

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "id",
        "last_used_at",
        "name",
        "object",
        "owner",
        "owner_project_access",
        "redacted_value",
    )
    _tags = {"object": ("organization.project.api_key",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.project_api_key_owner import ProjectApiKeyOwner

        return fields(
            ("object_", "object", REQUIRED, check_project_api_key_object),
            ("redacted_value", "redacted_value", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("last_used_at", "last_used_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("id", "id", REQUIRED, None),
            (
                "owner_project_access",
                "owner_project_access",
                REQUIRED,
                check_project_api_key_owner_project_access,
            ),
            ("owner", "owner", REQUIRED, ProjectApiKeyOwner),
        )
