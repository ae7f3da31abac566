from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_format_text_grammar_type import (
    ResponseFormatTextGrammarType,
    check_response_format_text_grammar_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseFormatTextGrammar(_OpenModel):
    """Text output constrained by a custom grammar you supply."""

    type_: ResponseFormatTextGrammarType

    grammar: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("grammar", "type")
    _tags = {"type": ("grammar",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_response_format_text_grammar_type),
            ("grammar", "grammar", REQUIRED, None),
        )
