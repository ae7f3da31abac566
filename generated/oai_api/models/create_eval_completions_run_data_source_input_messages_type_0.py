from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_completions_run_data_source_input_messages_type_0_type import (
    CreateEvalCompletionsRunDataSourceInputMessagesType0Type,
    check_create_eval_completions_run_data_source_input_messages_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.easy_input_message import EasyInputMessage
    from ..models.eval_item import EvalItem


@_attrs_define(repr=False)
class CreateEvalCompletionsRunDataSourceInputMessagesType0(_OpenModel):
    type_: CreateEvalCompletionsRunDataSourceInputMessagesType0Type
    """ Always `template` for this variant. """
    template: list[EasyInputMessage | EvalItem]
    """ Messages sent to the model; they may contain `{{item.field}}` placeholders filled from each data item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("template", "type")
    _tags = {"type": ("template",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_eval_completions_run_data_source_input_messages_type_0_type,
            ),
            (
                "template",
                "template",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "easy_input_message",
                            "EasyInputMessage",
                            ("type", "message"),
                        ),
                        member("eval_item", "EvalItem", ("type", "message")),
                    )
                ),
            ),
        )
