from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_completions_run_data_source_input_messages_type_1_type import (
    CreateEvalCompletionsRunDataSourceInputMessagesType1Type,
    check_create_eval_completions_run_data_source_input_messages_type_1_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateEvalCompletionsRunDataSourceInputMessagesType1(_OpenModel):
    type_: CreateEvalCompletionsRunDataSourceInputMessagesType1Type
    """ Always `item_reference` for this variant. """
    item_reference: str
    """ Path into the `item` namespace holding ready-made messages, e.g. `item.input_trajectory`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item_reference", "type")
    _tags = {"type": ("item_reference",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_eval_completions_run_data_source_input_messages_type_1_type,
            ),
            ("item_reference", "item_reference", REQUIRED, None),
        )
