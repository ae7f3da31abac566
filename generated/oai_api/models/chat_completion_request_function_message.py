from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_function_message_role import (
    ChatCompletionRequestFunctionMessageRole,
    check_chat_completion_request_function_message_role,
)
from ..types import UNSET, Unset, model_repr

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
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: None | str
            content = _v_content

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

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
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestFunctionMessage: required field role is missing"
            )

        else:
            role = check_chat_completion_request_function_message_role(_role_raw)

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestFunctionMessage: required field content is missing"
            )

        else:

            def _parse_content(data: object) -> None | str:
                if data is None:
                    return data

                return cast(None | str, data)

            content = _parse_content(_content_raw)

        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError(
                "ChatCompletionRequestFunctionMessage: required field name is missing"
            )

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        chat_completion_request_function_message = cls(
            role=role,
            content=content,
            name=name,
        )
        if _none_flips:
            chat_completion_request_function_message._none_flips = _none_flips

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
