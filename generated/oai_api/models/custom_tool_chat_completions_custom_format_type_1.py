from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
    check_custom_tool_chat_completions_custom_format_type_1_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )


T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType1")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CustomToolChatCompletionsCustomFormatType1Grammar
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )

    _models_bound = True


@_attrs_define
class CustomToolChatCompletionsCustomFormatType1:
    type_: CustomToolChatCompletionsCustomFormatType1Type
    """ Format kind. """
    grammar: CustomToolChatCompletionsCustomFormatType1Grammar
    """ Grammar the input must match. """

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(
            self.grammar, CustomToolChatCompletionsCustomFormatType1Grammar
        ):
            grammar = self.grammar
        else:
            grammar = self.grammar.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "grammar": grammar,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            type_ = check_custom_tool_chat_completions_custom_format_type_1_type(
                _type__raw
            )

        _grammar_raw = d.pop("grammar", UNSET)
        if _grammar_raw is None or isinstance(_grammar_raw, Unset):
            if strict_parsing.get():
                raise KeyError("grammar")

            grammar = _grammar_raw
        else:
            grammar = CustomToolChatCompletionsCustomFormatType1Grammar.from_dict(
                _grammar_raw
            )

        custom_tool_chat_completions_custom_format_type_1 = cls(
            type_=type_,
            grammar=grammar,
        )

        return custom_tool_chat_completions_custom_format_type_1
