from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.custom_grammar_format_param_type import (
    CustomGrammarFormatParamType,
    check_custom_grammar_format_param_type,
)
from ..models.grammar_syntax_1 import GrammarSyntax1, check_grammar_syntax_1

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CustomGrammarFormatParam(_OpenModel):
    """Input for a custom tool constrained by a grammar."""

    type_: CustomGrammarFormatParamType
    """ Fixed tag `grammar`. """
    syntax: GrammarSyntax1
    """ Syntax of a custom tool grammar. """
    definition: str
    """ The grammar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("definition", "syntax", "type")
    _tags = {"type": ("grammar",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_custom_grammar_format_param_type),
            ("syntax", "syntax", REQUIRED, check_grammar_syntax_1),
            ("definition", "definition", REQUIRED, None),
        )
