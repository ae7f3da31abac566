from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_chat_completions_custom_format_type_1_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax,
    check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType1Grammar")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType1Grammar:
    """Grammar the input must match."""

    definition: str
    """ The grammar source. """
    syntax: CustomToolChatCompletionsCustomFormatType1GrammarSyntax
    """ Grammar language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_definition = (
            self.definition
            if self.definition is not None or "definition" not in self._none_flips
            else UNSET
        )

        definition = _v_definition

        _v_syntax = (
            self.syntax
            if self.syntax is not None or "syntax" not in self._none_flips
            else UNSET
        )

        if _v_syntax is None or isinstance(_v_syntax, Unset):
            syntax = _v_syntax
        else:
            syntax: str = _v_syntax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "definition": definition,
                    "syntax": syntax,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        definition = d.pop("definition", UNSET)
        if definition is None or isinstance(definition, Unset):
            raise KeyError(
                "CustomToolChatCompletionsCustomFormatType1Grammar: required field definition is missing"
            )

        if definition is None or definition is UNSET:
            if definition is UNSET:
                _none_flips += ("definition",)
            definition = None

        _syntax_raw = d.pop("syntax", UNSET)
        if _syntax_raw is None or isinstance(_syntax_raw, Unset):
            raise KeyError(
                "CustomToolChatCompletionsCustomFormatType1Grammar: required field syntax is missing"
            )

        else:
            syntax = (
                check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax(
                    _syntax_raw
                )
            )

        custom_tool_chat_completions_custom_format_type_1_grammar = cls(
            definition=definition,
            syntax=syntax,
        )
        if _none_flips:
            custom_tool_chat_completions_custom_format_type_1_grammar._none_flips = (
                _none_flips
            )

        custom_tool_chat_completions_custom_format_type_1_grammar.additional_properties = d
        return custom_tool_chat_completions_custom_format_type_1_grammar

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
