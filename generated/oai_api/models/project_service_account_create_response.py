from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_service_account_create_response_object import (
    ProjectServiceAccountCreateResponseObject,
    check_project_service_account_create_response_object,
)
from ..models.project_service_account_create_response_role import (
    ProjectServiceAccountCreateResponseRole,
    check_project_service_account_create_response_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey


@_attrs_define(repr=False)
class ProjectServiceAccountCreateResponse(_OpenModel):
    """A newly created service account, with its unredacted API key if one was issued."""

    object_: ProjectServiceAccountCreateResponseObject

    id: str

    name: str

    role: ProjectServiceAccountCreateResponseRole

    created_at: int

    api_key: None | ProjectServiceAccountApiKey

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("api_key", "created_at", "id", "name", "object", "role")
    _tags = {
        "object": ("organization.project.service_account",),
        "role": ("member", "none"),
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_project_service_account_create_response_object,
            ),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            (
                "role",
                "role",
                REQUIRED,
                check_project_service_account_create_response_role,
            ),
            ("created_at", "created_at", REQUIRED, None),
            (
                "api_key",
                "api_key",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "project_service_account_api_key",
                        "ProjectServiceAccountApiKey",
                        ("object", "organization.project.service_account.api_key"),
                    ),
                    None,
                ),
            ),
        )
