from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_custom_grammar_format_param_type import (
    BetaCustomGrammarFormatParamType,
    check_beta_custom_grammar_format_param_type,
)
from ..models.beta_grammar_syntax_1 import (
    BetaGrammarSyntax1,
    check_beta_grammar_syntax_1,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaCustomGrammarFormatParam(_OpenModel):
    """Input for a custom tool constrained by a grammar."""

    type_: BetaCustomGrammarFormatParamType
    """ Fixed tag `grammar`. """
    syntax: BetaGrammarSyntax1
    """ Syntax of a custom tool grammar: `lark` or `regex`. """
    definition: str
    """ The grammar, written in the chosen syntax. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("definition", "syntax", "type")
    _tags = {"type": ("grammar",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_custom_grammar_format_param_type),
            ("syntax", "syntax", REQUIRED, check_beta_grammar_syntax_1),
            ("definition", "definition", REQUIRED, None),
        )
