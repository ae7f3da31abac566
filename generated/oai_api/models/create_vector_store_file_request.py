from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


@_attrs_define(repr=False)
class CreateVectorStoreFileRequest(_Model):
    """Body for attaching one file to a vector store."""

    file_id: str
    """ ID of the uploaded file to attach; for many files, file batches are cheaper. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """ How to split files into chunks; `auto` when omitted. """
    attributes: None | VectorStoreFileAttributesType0 = None
    """ Up to 16 key/value attributes attached to a file. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("attributes", "chunking_strategy", "file_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file_id", "file_id", REQUIRED, None),
            (
                "chunking_strategy",
                "chunking_strategy",
                OPTIONAL,
                one_of(
                    member(
                        "auto_chunking_strategy_request_param",
                        "AutoChunkingStrategyRequestParam",
                        ("type", "auto"),
                    ),
                    member(
                        "static_chunking_strategy_request_param",
                        "StaticChunkingStrategyRequestParam",
                        ("type", "static"),
                    ),
                ),
            ),
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
            extra=DROP,
            strict=True,
        )
