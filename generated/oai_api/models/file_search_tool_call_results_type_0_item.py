from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


@_attrs_define(repr=False)
class FileSearchToolCallResultsType0Item(_OpenModel):
    file_id: str | None = None
    """ ID of the file. """
    text: str | None = None
    """ Matching text. """
    filename: str | None = None
    """ Name of the file. """
    attributes: None | VectorStoreFileAttributesType0 = None
    """ Up to 16 key/value attributes attached to a file. """
    score: float | None = None
    """ Relevance, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("attributes", "file_id", "filename", "score", "text")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file_id", "file_id", OPTIONAL, None),
            ("text", "text", OPTIONAL, None),
            ("filename", "filename", OPTIONAL, None),
            (
                "attributes",
                "attributes",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "vector_store_file_attributes_type_0",
                        "VectorStoreFileAttributesType0",
                    ),
                    None,
                ),
            ),
            ("score", "score", OPTIONAL, None),
        )
