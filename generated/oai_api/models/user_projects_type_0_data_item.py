from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UserProjectsType0DataItem(_OpenModel):
    id: None | str = None

    name: None | str = None

    role: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "name", "role")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("role", "role", OPTIONAL_OR_NULL, one_of(str, None)),
        )
