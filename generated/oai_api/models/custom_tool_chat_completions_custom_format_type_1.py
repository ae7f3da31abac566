from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
    check_custom_tool_chat_completions_custom_format_type_1_type,
)
from ..types import UNSET, Unset, model_repr

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
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_grammar = (
            self.grammar
            if self.grammar is not None or "grammar" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_grammar, CustomToolChatCompletionsCustomFormatType1Grammar
        ):
            grammar = _v_grammar
        else:
            grammar = _v_grammar.to_dict()

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
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "CustomToolChatCompletionsCustomFormatType1: required field type is missing"
            )

        else:
            type_ = check_custom_tool_chat_completions_custom_format_type_1_type(
                _type__raw
            )

        _grammar_raw = d.pop("grammar", UNSET)
        if _grammar_raw is None or isinstance(_grammar_raw, Unset):
            raise KeyError(
                "CustomToolChatCompletionsCustomFormatType1: required field grammar is missing"
            )

        else:
            grammar = CustomToolChatCompletionsCustomFormatType1Grammar.from_dict(
                _grammar_raw
            )

        custom_tool_chat_completions_custom_format_type_1 = cls(
            type_=type_,
            grammar=grammar,
        )
        if _none_flips:
            custom_tool_chat_completions_custom_format_type_1._none_flips = _none_flips

        return custom_tool_chat_completions_custom_format_type_1
