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
from ..models.embedding_object import EmbeddingObject, check_embedding_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Embedding(_OpenModel):
    """One embedding vector and the position of its input."""

    index: int
    """ Position of the input this vector belongs to. """
    embedding: list[float]
    """ The vector (floats, or base64 when requested). """
    object_: EmbeddingObject
    """ Fixed tag `embedding`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("embedding", "index", "object")
    _tags = {"object": ("embedding",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("index", "index", REQUIRED, None),
            ("embedding", "embedding", REQUIRED, list_of(None)),
            ("object_", "object", REQUIRED, check_embedding_object),
        )
