from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_chat_completions_type import (
    CustomToolChatCompletionsType,
    check_custom_tool_chat_completions_type,
)

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )


T = TypeVar("T", bound="CustomToolChatCompletions")


@_attrs_define
class CustomToolChatCompletions:
    """A custom tool that takes free-form input."""

    type_: CustomToolChatCompletionsType
    """ Tool kind. """
    custom: CustomToolChatCompletionsCustom
    """ The custom tool definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool_chat_completions_custom import (
            CustomToolChatCompletionsCustom,
        )

        d = dict(src_dict)
        type_ = check_custom_tool_chat_completions_type(d.pop("type"))

        custom = CustomToolChatCompletionsCustom.from_dict(d.pop("custom"))

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
