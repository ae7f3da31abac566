from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_tool_chat_completions_custom_format_type_0_type import (
    CustomToolChatCompletionsCustomFormatType0Type,
    check_custom_tool_chat_completions_custom_format_type_0_type,
)

T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType0")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType0:
    type_: CustomToolChatCompletionsCustomFormatType0Type
    """ Format kind. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_custom_tool_chat_completions_custom_format_type_0_type(
            d.pop("type")
        )

        custom_tool_chat_completions_custom_format_type_0 = cls(
            type_=type_,
        )

        return custom_tool_chat_completions_custom_format_type_0
