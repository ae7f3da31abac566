from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.compaction_summary_item_param_type import (
    CompactionSummaryItemParamType,
    check_compaction_summary_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CompactionSummaryItemParam(_OpenModel):
    """A compaction item sent back as input (its encrypted content)."""

    type_: CompactionSummaryItemParamType
    """ Fixed tag `compaction`. """
    encrypted_content: str
    """ Compacted context as returned by the API. """
    id: None | str = None
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("encrypted_content", "id", "type")
    _tags = {"type": ("compaction",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_compaction_summary_item_param_type),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
