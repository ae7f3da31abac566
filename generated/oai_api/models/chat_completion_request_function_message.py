from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_function_message_role import (
    ChatCompletionRequestFunctionMessageRole,
    check_chat_completion_request_function_message_role,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


@_attrs_define
class ChatCompletionRequestFunctionMessage:
    """Legacy function result message."""

    role: ChatCompletionRequestFunctionMessageRole
    """ Role of the author of this message. """
    content: None | str
    """ Output of the function. """
    name: str
    """ Name of the function that ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.role is None or isinstance(self.role, Unset):
            role = self.role
        else:
            role: str = self.role

        if self.content is None or isinstance(self.content, Unset):
            content = self.content
        else:
            content: None | str
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                    "content": content,
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            role = _role_raw
        else:
            role = check_chat_completion_request_function_message_role(_role_raw)

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if isinstance(_content_raw, Unset) and strict_parsing.get():
                raise KeyError("content")

            content = _content_raw
        else:

            def _parse_content(data: object) -> None | str:
                if data is None:
                    return data

                return cast(None | str, data)

            content = _parse_content(_content_raw)

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        chat_completion_request_function_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_request_function_message.additional_properties = d
        return chat_completion_request_function_message

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
