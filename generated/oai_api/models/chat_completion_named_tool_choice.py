from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_named_tool_choice_type import (
    ChatCompletionNamedToolChoiceType,
    check_chat_completion_named_tool_choice_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )


T = TypeVar("T", bound="ChatCompletionNamedToolChoice")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionNamedToolChoiceFunction
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionNamedToolChoice:
    """Force a call to one named function."""

    type_: ChatCompletionNamedToolChoiceType
    """ Choice kind. """
    function: ChatCompletionNamedToolChoiceFunction
    """ The function to call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        _v_function = (
            self.function
            if self.function is not None or "function" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_function, ChatCompletionNamedToolChoiceFunction):
            function = _v_function
        else:
            function = _v_function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "function": function,
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
                "ChatCompletionNamedToolChoice: required field type is missing"
            )

        else:
            type_ = check_chat_completion_named_tool_choice_type(_type__raw)

        _function_raw = d.pop("function", UNSET)
        if _function_raw is None or isinstance(_function_raw, Unset):
            raise KeyError(
                "ChatCompletionNamedToolChoice: required field function is missing"
            )

        else:
            function = ChatCompletionNamedToolChoiceFunction.from_dict(_function_raw)

        chat_completion_named_tool_choice = cls(
            type_=type_,
            function=function,
        )
        if _none_flips:
            chat_completion_named_tool_choice._none_flips = _none_flips

        chat_completion_named_tool_choice.additional_properties = d
        return chat_completion_named_tool_choice

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
