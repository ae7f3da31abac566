from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.compaction_trigger_item_param_type import (
    CompactionTriggerItemParamType,
    check_compaction_trigger_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CompactionTriggerItemParam(_OpenModel):
    """Ask the model to compact the context so far; must be the last input item."""

    type_: CompactionTriggerItemParamType
    """ Fixed tag `compaction_trigger`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("compaction_trigger",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_compaction_trigger_item_param_type),
        )
