from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.metadata_type_0 import MetadataType0
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


@_attrs_define(repr=False)
class CreateVectorStoreRequest(_Model):
    """Body for creating a vector store."""

    file_ids: list[str] | None = None
    """ Up to 500 uploaded file IDs to index in the new store. """
    name: str | None = None
    """ Display name of the vector store. """
    description: str | None = None
    """ Free text saying what the vector store is for. """
    expires_after: VectorStoreExpirationAfter | None = None
    """ When a vector store expires: a number of days after an anchor time. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """ How to chunk the files in `file_ids`; `auto` if omitted. Ignored when no files are given. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "chunking_strategy",
        "description",
        "expires_after",
        "file_ids",
        "metadata",
        "name",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_expiration_after import VectorStoreExpirationAfter

        return fields(
            ("file_ids", "file_ids", OPTIONAL, list_of(None)),
            ("name", "name", OPTIONAL, None),
            ("description", "description", OPTIONAL, None),
            ("expires_after", "expires_after", OPTIONAL, VectorStoreExpirationAfter),
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
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            extra=DROP,
            strict=True,
        )
