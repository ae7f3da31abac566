from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_named_tool_choice_custom_type import (
    ChatCompletionNamedToolChoiceCustomType,
    check_chat_completion_named_tool_choice_custom_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )


T = TypeVar("T", bound="ChatCompletionNamedToolChoiceCustom")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionNamedToolChoiceCustomCustom
    from ..models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionNamedToolChoiceCustom:
    """Force a call to one named custom tool."""

    type_: ChatCompletionNamedToolChoiceCustomType
    """ Choice kind. """
    custom: ChatCompletionNamedToolChoiceCustomCustom
    """ The custom tool to call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.custom, ChatCompletionNamedToolChoiceCustomCustom):
            custom = self.custom
        else:
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "custom": custom,
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
            type_ = check_chat_completion_named_tool_choice_custom_type(_type__raw)

        _custom_raw = d.pop("custom", UNSET)
        if _custom_raw is None or isinstance(_custom_raw, Unset):
            if strict_parsing.get():
                raise KeyError("custom")

            custom = _custom_raw
        else:
            custom = ChatCompletionNamedToolChoiceCustomCustom.from_dict(_custom_raw)

        chat_completion_named_tool_choice_custom = cls(
            type_=type_,
            custom=custom,
        )

        chat_completion_named_tool_choice_custom.additional_properties = d
        return chat_completion_named_tool_choice_custom

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
