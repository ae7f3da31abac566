from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_stream_response_delta_role import (
    ChatCompletionStreamResponseDeltaRole,
    check_chat_completion_stream_response_delta_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from ..models.chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall,
    )


T = TypeVar("T", bound="ChatCompletionStreamResponseDelta")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionMessageToolCallChunk, \
        ChatCompletionStreamResponseDeltaFunctionCall
    from ..models.chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from ..models.chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionStreamResponseDelta:
    """Incremental message content in a chunk."""

    content: None | str = None
    """ New reply text. """
    function_call: ChatCompletionStreamResponseDeltaFunctionCall | None = None
    """ Legacy function call fragment. """
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    """ Tool call fragments. """
    role: ChatCompletionStreamResponseDeltaRole | None = None
    """ Role of the author of this message. """
    refusal: None | str = None
    """ New refusal text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        content: None | str | Unset
        if isinstance(_v_content, Unset):
            content = UNSET
        else:
            content = _v_content

        _v_function_call = (
            self.function_call
            if self.function_call is not None or "function_call" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_function_call, ChatCompletionStreamResponseDeltaFunctionCall
        ):
            function_call = _v_function_call
        else:
            function_call: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_function_call, Unset):
                function_call = _v_function_call.to_dict()

        _v_tool_calls = (
            self.tool_calls
            if self.tool_calls is not None or "tool_calls" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_calls, list):
            tool_calls = _v_tool_calls
        else:
            tool_calls: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tool_calls, Unset):
                tool_calls = []
                for tool_calls_item_data in _v_tool_calls:
                    if not isinstance(
                        tool_calls_item_data, ChatCompletionMessageToolCallChunk
                    ):
                        tool_calls.append(tool_calls_item_data)
                        continue
                    tool_calls_item = tool_calls_item_data.to_dict()
                    tool_calls.append(tool_calls_item)

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str | Unset = UNSET
            if not isinstance(_v_role, Unset):
                role = _v_role

        _v_refusal = (
            self.refusal
            if self.refusal is not None or "refusal" in self._none_flips
            else UNSET
        )

        refusal: None | str | Unset
        if isinstance(_v_refusal, Unset):
            refusal = UNSET
        else:
            refusal = _v_refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if content is not UNSET:
            field_dict["content"] = content
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if role is not UNSET:
            field_dict["role"] = role
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:
            try:

                def _parse_content(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                content = _parse_content(_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _function_call_raw = d.pop("function_call", UNSET)
        if _function_call_raw is None or isinstance(_function_call_raw, Unset):
            if _function_call_raw is None and strict_parsing.get():
                raise TypeError("function_call")

            if _function_call_raw is None:
                _none_flips += ("function_call",)
            function_call = None

        else:
            try:
                _function_call = _function_call_raw
                function_call: ChatCompletionStreamResponseDeltaFunctionCall | Unset
                if isinstance(_function_call, Unset):
                    function_call = UNSET
                else:
                    function_call = (
                        ChatCompletionStreamResponseDeltaFunctionCall.from_dict(
                            _function_call
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                function_call = _function_call_raw

        _tool_calls_raw = d.pop("tool_calls", UNSET)
        if _tool_calls_raw is None or isinstance(_tool_calls_raw, Unset):
            if _tool_calls_raw is None and strict_parsing.get():
                raise TypeError("tool_calls")

            if _tool_calls_raw is None:
                _none_flips += ("tool_calls",)
            tool_calls = None

        else:
            try:
                _tool_calls = _tool_calls_raw
                tool_calls: list[ChatCompletionMessageToolCallChunk] | Unset = UNSET
                if _tool_calls is not UNSET:
                    tool_calls = []
                    if not isinstance(_tool_calls, list):
                        raise TypeError()
                    for tool_calls_item_data in _tool_calls:
                        tool_calls_item = ChatCompletionMessageToolCallChunk.from_dict(
                            tool_calls_item_data
                        )

                        tool_calls.append(tool_calls_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_calls = _tool_calls_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None and strict_parsing.get():
                raise TypeError("role")

            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:
            try:
                _role = _role_raw
                role: ChatCompletionStreamResponseDeltaRole | Unset
                if isinstance(_role, Unset):
                    role = UNSET
                else:
                    role = check_chat_completion_stream_response_delta_role(_role)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _refusal_raw = d.pop("refusal", UNSET)
        if _refusal_raw is None or isinstance(_refusal_raw, Unset):
            if _refusal_raw is None:
                _none_flips += ("refusal",)
            refusal = None

        else:
            try:

                def _parse_refusal(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                refusal = _parse_refusal(_refusal_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                refusal = _refusal_raw

        chat_completion_stream_response_delta = cls(
            content=content,
            function_call=function_call,
            tool_calls=tool_calls,
            role=role,
            refusal=refusal,
        )
        if _none_flips:
            chat_completion_stream_response_delta._none_flips = _none_flips

        chat_completion_stream_response_delta.additional_properties = d
        return chat_completion_stream_response_delta

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
