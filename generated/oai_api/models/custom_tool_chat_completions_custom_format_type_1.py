from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
    check_custom_tool_chat_completions_custom_format_type_1_type,
)

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )


T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType1")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType1:
    type_: CustomToolChatCompletionsCustomFormatType1Type
    """ Format kind. """
    grammar: CustomToolChatCompletionsCustomFormatType1Grammar
    """ Grammar the input must match. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        grammar = self.grammar.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "grammar": grammar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
            CustomToolChatCompletionsCustomFormatType1Grammar,
        )

        d = dict(src_dict)
        type_ = check_custom_tool_chat_completions_custom_format_type_1_type(
            d.pop("type")
        )

        grammar = CustomToolChatCompletionsCustomFormatType1Grammar.from_dict(
            d.pop("grammar")
        )

        custom_tool_chat_completions_custom_format_type_1 = cls(
            type_=type_,
            grammar=grammar,
        )

        return custom_tool_chat_completions_custom_format_type_1
