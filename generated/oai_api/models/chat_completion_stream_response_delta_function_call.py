from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ChatCompletionStreamResponseDeltaFunctionCall")


@_attrs_define
class ChatCompletionStreamResponseDeltaFunctionCall:
    """Legacy function call fragment."""

    arguments: str | Unset = UNSET
    """ Fragment of the JSON arguments. """
    name: str | Unset = UNSET
    """ Function name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        arguments = d.pop("arguments", UNSET)
        if arguments is None and strict_parsing.get():
            raise TypeError("arguments")

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        chat_completion_stream_response_delta_function_call = cls(
            arguments=arguments,
            name=name,
        )

        chat_completion_stream_response_delta_function_call.additional_properties = d
        return chat_completion_stream_response_delta_function_call

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
