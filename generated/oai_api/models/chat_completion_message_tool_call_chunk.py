from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
    check_chat_completion_message_tool_call_chunk_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )


@_attrs_define(repr=False)
class ChatCompletionMessageToolCallChunk(_OpenModel):
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
    _keys = ("function", "id", "index", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_message_tool_call_chunk_function import (
            ChatCompletionMessageToolCallChunkFunction,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            ("id", "id", OPTIONAL, None),
            (
                "type_",
                "type",
                OPTIONAL,
                check_chat_completion_message_tool_call_chunk_type,
            ),
            (
                "function",
                "function",
                OPTIONAL,
                ChatCompletionMessageToolCallChunkFunction,
            ),
        )
