from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )


@_attrs_define(repr=False)
class VectorStoreSearchResultItem(_Model):
    """One file matching a search: ID, filename, similarity score (0 to 1), attributes and matching chunks."""

    file_id: str

    filename: str

    score: float

    attributes: None | VectorStoreFileAttributesType0
    """ Up to 16 key/value attributes attached to a file. """
    content: list[VectorStoreSearchResultContentObject]

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("attributes", "content", "file_id", "filename", "score")

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_search_result_content_object import (
            VectorStoreSearchResultContentObject,
        )

        return fields(
            ("file_id", "file_id", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
            ("score", "score", REQUIRED, None),
            (
                "attributes",
                "attributes",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "vector_store_file_attributes_type_0",
                        "VectorStoreFileAttributesType0",
                    ),
                    None,
                ),
            ),
            (
                "content",
                "content",
                REQUIRED,
                list_of(VectorStoreSearchResultContentObject),
            ),
            extra=DROP,
        )
