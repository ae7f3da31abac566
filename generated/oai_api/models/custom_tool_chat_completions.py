from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_chat_completions_type import (
    CustomToolChatCompletionsType,
    check_custom_tool_chat_completions_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )


T = TypeVar("T", bound="CustomToolChatCompletions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CustomToolChatCompletionsCustom
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )

    _models_bound = True


@_attrs_define
class CustomToolChatCompletions:
    """A custom tool that takes free-form input."""

    type_: CustomToolChatCompletionsType
    """ Tool kind. """
    custom: CustomToolChatCompletionsCustom
    """ The custom tool definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.custom, CustomToolChatCompletionsCustom):
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
            type_ = check_custom_tool_chat_completions_type(_type__raw)

        _custom_raw = d.pop("custom", UNSET)
        if _custom_raw is None or isinstance(_custom_raw, Unset):
            if strict_parsing.get():
                raise KeyError("custom")

            custom = _custom_raw
        else:
            custom = CustomToolChatCompletionsCustom.from_dict(_custom_raw)

        custom_tool_chat_completions = cls(
            type_=type_,
            custom=custom,
        )

        custom_tool_chat_completions.additional_properties = d
        return custom_tool_chat_completions

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
