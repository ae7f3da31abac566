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
from ..models.eval_run_output_item_list_object import (
    EvalRunOutputItemListObject,
    check_eval_run_output_item_list_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_run_output_item import EvalRunOutputItem


@_attrs_define(repr=False)
class EvalRunOutputItemList(_OpenModel):
    """One page of a run's output items, with first/last IDs and a `has_more` flag."""

    object_: EvalRunOutputItemListObject

    data: list[EvalRunOutputItem]

    first_id: str

    last_id: str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_run_output_item import EvalRunOutputItem

        return fields(
            ("object_", "object", REQUIRED, check_eval_run_output_item_list_object),
            ("data", "data", REQUIRED, list_of(EvalRunOutputItem)),
            ("first_id", "first_id", REQUIRED, None),
            ("last_id", "last_id", REQUIRED, None),
            ("has_more", "has_more", REQUIRED, None),
        )
