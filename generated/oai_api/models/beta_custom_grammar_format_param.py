from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_custom_grammar_format_param_type import (
    BetaCustomGrammarFormatParamType,
    check_beta_custom_grammar_format_param_type,
)
from ..models.beta_grammar_syntax_1 import (
    BetaGrammarSyntax1,
    check_beta_grammar_syntax_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaCustomGrammarFormatParam")


@_attrs_define
class BetaCustomGrammarFormatParam:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_syntax = (
            self.syntax
            if self.syntax is not None or "syntax" not in self._none_flips
            else UNSET
        )

        if _v_syntax is None or isinstance(_v_syntax, Unset):
            syntax = _v_syntax
        else:
            syntax: str = _v_syntax

        _v_definition = (
            self.definition
            if self.definition is not None or "definition" not in self._none_flips
            else UNSET
        )

        definition = _v_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "syntax": syntax,
                    "definition": definition,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_custom_grammar_format_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _syntax_raw = d.pop("syntax", UNSET)
        if _syntax_raw is None or isinstance(_syntax_raw, Unset):
            if strict_parsing.get():
                raise KeyError("syntax")

            if _syntax_raw is UNSET:
                _none_flips += ("syntax",)
            syntax = None

        else:
            try:
                syntax = check_beta_grammar_syntax_1(_syntax_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                syntax = _syntax_raw

        definition = d.pop("definition", UNSET)
        if (
            definition is None or isinstance(definition, Unset)
        ) and strict_parsing.get():
            raise KeyError("definition")

        if definition is None or definition is UNSET:
            if definition is UNSET:
                _none_flips += ("definition",)
            definition = None

        beta_custom_grammar_format_param = cls(
            type_=type_,
            syntax=syntax,
            definition=definition,
        )
        if _none_flips:
            beta_custom_grammar_format_param._none_flips = _none_flips

        beta_custom_grammar_format_param.additional_properties = d
        return beta_custom_grammar_format_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
