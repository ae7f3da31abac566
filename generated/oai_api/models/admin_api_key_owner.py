from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AdminApiKeyOwner(_OpenModel):
    type_: str | None = None

    object_: str | None = None

    id: str | None = None

    name: str | None = None

    created_at: int | None = None

    role: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name", "object", "role", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, None),
            ("object_", "object", OPTIONAL, None),
            ("id", "id", OPTIONAL, None),
            ("name", "name", OPTIONAL, None),
            ("created_at", "created_at", OPTIONAL, None),
            ("role", "role", OPTIONAL, None),
        )
