from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


@_attrs_define(repr=False)
class UpdateVectorStoreRequest(_Model):
    """Body for changing a vector store; fields left out stay as they are."""

    name: None | str = None
    """ New display name of the vector store. """
    expires_after: None | VectorStoreExpirationAfter = None
    """ New expiry policy: the store expires a set number of days after its last activity. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("expires_after", "metadata", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "expires_after",
                "expires_after",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "vector_store_expiration_after", "VectorStoreExpirationAfter"
                    ),
                    None,
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
