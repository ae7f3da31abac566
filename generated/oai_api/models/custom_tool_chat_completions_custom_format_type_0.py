from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_tool_chat_completions_custom_format_type_0_type import (
    CustomToolChatCompletionsCustomFormatType0Type,
    check_custom_tool_chat_completions_custom_format_type_0_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType0")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType0:
    type_: CustomToolChatCompletionsCustomFormatType0Type
    """ Format kind. """

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            type_ = check_custom_tool_chat_completions_custom_format_type_0_type(
                _type__raw
            )

        custom_tool_chat_completions_custom_format_type_0 = cls(
            type_=type_,
        )

        return custom_tool_chat_completions_custom_format_type_0
