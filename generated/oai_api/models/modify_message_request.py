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


@_attrs_define(repr=False)
class ModifyMessageRequest(_Model):
    """Body for updating a message; only its `metadata` can change."""

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            extra=DROP,
            strict=True,
        )
