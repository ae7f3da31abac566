from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectApiKeyOwnerUser(_OpenModel):
    """Owner of a project API key when that owner is a user."""

    id: str

    email: str

    name: str

    created_at: int

    role: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "email", "id", "name", "role")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("email", "email", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("role", "role", REQUIRED, None),
        )
