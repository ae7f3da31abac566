from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.custom_tool_chat_completions_custom_format_type_1_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax,
    check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustomFormatType1Grammar(_OpenModel):
    """Grammar the input must match."""

    definition: str
    """ The grammar source. """
    syntax: CustomToolChatCompletionsCustomFormatType1GrammarSyntax
    """ Grammar language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("definition", "syntax")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("definition", "definition", REQUIRED, None),
            (
                "syntax",
                "syntax",
                REQUIRED,
                check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax,
            ),
            strict=True,
        )
