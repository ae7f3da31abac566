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
from ..models.create_embedding_response_object import (
    CreateEmbeddingResponseObject,
    check_create_embedding_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_embedding_response_usage import CreateEmbeddingResponseUsage
    from ..models.embedding import Embedding


@_attrs_define(repr=False)
class CreateEmbeddingResponse(_OpenModel):
    """The embeddings computed for a request, with token usage."""

    data: list[Embedding]
    """ The embeddings, in input order. """
    model: str
    """ Model that computed the embeddings. """
    object_: CreateEmbeddingResponseObject
    """ Fixed tag `list`. """
    usage: CreateEmbeddingResponseUsage
    """ Token usage of the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "model", "object", "usage")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_embedding_response_usage import (
            CreateEmbeddingResponseUsage,
        )
        from ..models.embedding import Embedding

        return fields(
            ("data", "data", REQUIRED, list_of(Embedding)),
            ("model", "model", REQUIRED, None),
            ("object_", "object", REQUIRED, check_create_embedding_response_object),
            ("usage", "usage", REQUIRED, CreateEmbeddingResponseUsage),
        )
