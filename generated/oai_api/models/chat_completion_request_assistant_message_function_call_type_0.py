from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChatCompletionRequestAssistantMessageFunctionCallType0")


@_attrs_define
class ChatCompletionRequestAssistantMessageFunctionCallType0:
    arguments: str
    """ Arguments as a JSON string. """
    name: str
    """ Function name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

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
                    "arguments": arguments,
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
        arguments = d.pop("arguments", UNSET)
        if arguments is None or isinstance(arguments, Unset):
            raise KeyError(
                "ChatCompletionRequestAssistantMessageFunctionCallType0: required field arguments is missing"
            )

        if arguments is None or arguments is UNSET:
            if arguments is UNSET:
                _none_flips += ("arguments",)
            arguments = None

        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError(
                "ChatCompletionRequestAssistantMessageFunctionCallType0: required field name is missing"
            )

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        chat_completion_request_assistant_message_function_call_type_0 = cls(
            arguments=arguments,
            name=name,
        )
        if _none_flips:
            chat_completion_request_assistant_message_function_call_type_0._none_flips = _none_flips

        chat_completion_request_assistant_message_function_call_type_0.additional_properties = d
        return chat_completion_request_assistant_message_function_call_type_0

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
