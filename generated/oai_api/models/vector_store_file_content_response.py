from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.vector_store_file_content_response_object import (
    VectorStoreFileContentResponseObject,
    check_vector_store_file_content_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_file_content_response_data_item import (
        VectorStoreFileContentResponseDataItem,
    )


@_attrs_define(repr=False)
class VectorStoreFileContentResponse(_OpenModel):
    """Parsed text chunks of a file in a vector store, one page at a time."""

    object_: VectorStoreFileContentResponseObject

    data: list[VectorStoreFileContentResponseDataItem]

    has_more: bool

    next_page: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "next_page", "object")
    _tags = {"object": ("vector_store.file_content.page",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_file_content_response_data_item import (
            VectorStoreFileContentResponseDataItem,
        )

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_vector_store_file_content_response_object,
            ),
            ("data", "data", REQUIRED, list_of(VectorStoreFileContentResponseDataItem)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_page", "next_page", REQUIRED_OR_NULL, one_of(str, None)),
        )
