from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.vector_store_search_result_content_object_type import (
    VectorStoreSearchResultContentObjectType,
    check_vector_store_search_result_content_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VectorStoreSearchResultContentObject(_Model):
    """One text chunk returned by a search."""

    type_: VectorStoreSearchResultContentObjectType

    text: str

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_vector_store_search_result_content_object_type,
            ),
            ("text", "text", REQUIRED, None),
            extra=DROP,
        )
