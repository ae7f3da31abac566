from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
    check_chat_completion_message_tool_call_chunk_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    id: str | None = None
    """ Tool call ID (first fragment only). """
    type_: ChatCompletionMessageToolCallChunkType | None = None
    """ Tool kind. """
    function: ChatCompletionMessageToolCallChunkFunction | None = None
    """ Function call fragment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_function = (
            self.function
            if self.function is not None or "function" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_function, ChatCompletionMessageToolCallChunkFunction):
            function = _v_function
        else:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_function, Unset):
                function = _v_function.to_dict()

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
        _none_flips: tuple[str, ...] = ()
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

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

            if _function_raw is None:
                _none_flips += ("function",)
            function = None

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
        if _none_flips:
            chat_completion_message_tool_call_chunk._none_flips = _none_flips

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
