from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_stream_response_delta_role import (
    ChatCompletionStreamResponseDeltaRole,
    check_chat_completion_stream_response_delta_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from ..models.chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall,
    )


@_attrs_define(repr=False)
class ChatCompletionStreamResponseDelta(_OpenModel):
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
    _keys = ("content", "function_call", "refusal", "role", "tool_calls")
    _tags = {"role": ("developer", "system", "user", "assistant", "tool")}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_message_tool_call_chunk import (
            ChatCompletionMessageToolCallChunk,
        )
        from ..models.chat_completion_stream_response_delta_function_call import (
            ChatCompletionStreamResponseDeltaFunctionCall,
        )

        return fields(
            ("content", "content", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "function_call",
                "function_call",
                OPTIONAL,
                ChatCompletionStreamResponseDeltaFunctionCall,
            ),
            (
                "tool_calls",
                "tool_calls",
                OPTIONAL,
                list_of(ChatCompletionMessageToolCallChunk),
            ),
            (
                "role",
                "role",
                OPTIONAL,
                check_chat_completion_stream_response_delta_role,
            ),
            ("refusal", "refusal", OPTIONAL_OR_NULL, one_of(str, None)),
        )
