from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_object import RunObject


@_attrs_define(repr=False)
class ListRunsResponse(_OpenModel):
    """A page of runs, with the first and last IDs and whether more pages follow."""

    object_: str

    data: list[RunObject]

    first_id: str

    last_id: str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")

    @staticmethod
    def _fields() -> Table:
        from ..models.run_object import RunObject

        return fields(
            ("object_", "object", REQUIRED, None),
            ("data", "data", REQUIRED, list_of(RunObject)),
            ("first_id", "first_id", REQUIRED, None),
            ("last_id", "last_id", REQUIRED, None),
            ("has_more", "has_more", REQUIRED, None),
        )
