from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_service_account_api_key_object import (
    ProjectServiceAccountApiKeyObject,
    check_project_service_account_api_key_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectServiceAccountApiKey(_OpenModel):
    """The API key made for a new service account, with its full value."""

    object_: ProjectServiceAccountApiKeyObject

    value: str

    name: str

    created_at: int

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name", "object", "value")
    _tags = {"object": ("organization.project.service_account.api_key",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_project_service_account_api_key_object,
            ),
            ("value", "value", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
        )
