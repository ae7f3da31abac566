from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.admin_api_keys_delete_response_200_object import (
    AdminApiKeysDeleteResponse200Object,
    check_admin_api_keys_delete_response_200_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AdminApiKeysDeleteResponse200(_OpenModel):
    id: str

    object_: AdminApiKeysDeleteResponse200Object

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("organization.admin_api_key.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_admin_api_keys_delete_response_200_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
        )
