from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
    check_chat_completion_message_tool_call_chunk_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionMessageToolCallChunkFunction
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    """Partial tool call data in a chunk."""

    index: int
    """ Which tool call this fragment belongs to. """
    id: str | Unset = UNSET
    """ Tool call ID (first fragment only). """
    type_: ChatCompletionMessageToolCallChunkType | Unset = UNSET
    """ Tool kind. """
    function: ChatCompletionMessageToolCallChunkFunction | Unset = UNSET
    """ Function call fragment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        index = self.index

        id = self.id

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        if not isinstance(self.function, ChatCompletionMessageToolCallChunkFunction):
            function = self.function
        else:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "index": index,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            type_ = _type__raw
        else:
            try:
                _type_ = _type__raw
                type_: ChatCompletionMessageToolCallChunkType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_chat_completion_message_tool_call_chunk_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _function_raw = d.pop("function", UNSET)
        if _function_raw is None or isinstance(_function_raw, Unset):
            if _function_raw is None and strict_parsing.get():
                raise TypeError("function")

            function = _function_raw
        else:
            try:
                _function = _function_raw
                function: ChatCompletionMessageToolCallChunkFunction | Unset
                if isinstance(_function, Unset):
                    function = UNSET
                else:
                    function = ChatCompletionMessageToolCallChunkFunction.from_dict(
                        _function
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                function = _function_raw

        chat_completion_message_tool_call_chunk = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_message_tool_call_chunk.additional_properties = d
        return chat_completion_message_tool_call_chunk

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
