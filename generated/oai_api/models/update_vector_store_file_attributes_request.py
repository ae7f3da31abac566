from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


@_attrs_define(repr=False)
class UpdateVectorStoreFileAttributesRequest(_Model):
    """Body carrying the new attributes of a vector store file."""

    attributes: None | VectorStoreFileAttributesType0
    """ Up to 16 key/value attributes attached to a file. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("attributes",)

    @staticmethod
    def _fields() -> Table:

        return fields(
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
            extra=DROP,
            strict=True,
        )
