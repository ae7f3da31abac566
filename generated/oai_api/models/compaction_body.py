from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.compaction_body_type import CompactionBodyType, check_compaction_body_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CompactionBody(_OpenModel):
    """Compacted (encrypted) context that replaces earlier items."""

    type_: CompactionBodyType
    """ Fixed tag `compaction`. """
    id: str
    """ Unique ID. """
    encrypted_content: str
    """ Compacted context; send it back unchanged. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_by", "encrypted_content", "id", "type")
    _tags = {"type": ("compaction",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_compaction_body_type),
            ("id", "id", REQUIRED, None),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
            ("created_by", "created_by", OPTIONAL, None),
        )
