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
    from ..models.vector_store_object import VectorStoreObject


@_attrs_define(repr=False)
class ListVectorStoresResponse(_OpenModel):
    """A page of vector stores with first/last IDs and a `has_more` flag."""

    object_: str

    data: list[VectorStoreObject]

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
        from ..models.vector_store_object import VectorStoreObject

        return fields(
            ("object_", "object", REQUIRED, None),
            ("data", "data", REQUIRED, list_of(VectorStoreObject)),
            ("first_id", "first_id", REQUIRED, None),
            ("last_id", "last_id", REQUIRED, None),
            ("has_more", "has_more", REQUIRED, None),
        )
