from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.admin_api_key_object import AdminApiKeyObject, check_admin_api_key_object

if TYPE_CHECKING:
    from .._model import Table
    from ..models.admin_api_key_owner import AdminApiKeyOwner


@_attrs_define(repr=False)
class AdminApiKeyCreateResponse(_OpenModel):
    """A freshly created Admin API key; the only response that includes the full secret in `value`."""

    object_: AdminApiKeyObject

    id: str

    redacted_value: str

    created_at: int

    expires_at: int | None

    owner: AdminApiKeyOwner

    value: str

    name: None | str = None

    last_used_at: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "expires_at",
        "id",
        "last_used_at",
        "name",
        "object",
        "owner",
        "redacted_value",
        "value",
    )
    _tags = {"object": ("organization.admin_api_key",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.admin_api_key_owner import AdminApiKeyOwner

        return fields(
            ("object_", "object", REQUIRED, check_admin_api_key_object),
            ("id", "id", REQUIRED, None),
            ("redacted_value", "redacted_value", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("expires_at", "expires_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("owner", "owner", REQUIRED, AdminApiKeyOwner),
            ("value", "value", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("last_used_at", "last_used_at", OPTIONAL_OR_NULL, one_of(int, None)),
        )
