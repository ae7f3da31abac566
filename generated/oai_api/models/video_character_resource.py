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

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VideoCharacterResource(_OpenModel):
    """A video character: its ID, name and creation time."""

    id: None | str

    name: None | str

    created_at: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED_OR_NULL, one_of(str, None)),
            ("name", "name", REQUIRED_OR_NULL, one_of(str, None)),
            ("created_at", "created_at", REQUIRED, None),
        )
