from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import Model as _Model
from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
    check_create_embedding_request_encoding_format,
)
from ..models.create_embedding_request_model_type_1 import (
    CreateEmbeddingRequestModelType1,
    check_create_embedding_request_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateEmbeddingRequest(_Model):
    """Body of an embeddings request."""

    input_: list[int] | list[list[int]] | list[str] | str
    """ Text(s) or token ID list(s) to embed; each within the model's input limit. """
    model: CreateEmbeddingRequestModelType1 | str
    """ ID of the embedding model. """
    encoding_format: CreateEmbeddingRequestEncodingFormat | None = None
    """ Return vectors as float lists or base64 strings. """
    dimensions: int | None = None
    """ Length of the returned vectors (text-embedding-3 models and later). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("dimensions", "encoding_format", "input", "model", "user")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "input_",
                "input",
                REQUIRED,
                one_of(str, list_of(None), list_of(None), list_of(list_of(None))),
            ),
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_embedding_request_model_type_1),
            ),
            (
                "encoding_format",
                "encoding_format",
                OPTIONAL,
                check_create_embedding_request_encoding_format,
            ),
            ("dimensions", "dimensions", OPTIONAL, None),
            ("user", "user", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
