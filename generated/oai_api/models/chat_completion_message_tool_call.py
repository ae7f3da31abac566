from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_message_tool_call_type import (
    ChatCompletionMessageToolCallType,
    check_chat_completion_message_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )


@_attrs_define(repr=False)
class ChatCompletionMessageToolCall(_OpenModel):
    """A function call made by the model."""

    id: str
    """ Tool call ID. """
    type_: ChatCompletionMessageToolCallType
    """ Tool kind. """
    function: ChatCompletionMessageToolCallFunction
    """ The function call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "id", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_message_tool_call_function import (
            ChatCompletionMessageToolCallFunction,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_chat_completion_message_tool_call_type),
            ("function", "function", REQUIRED, ChatCompletionMessageToolCallFunction),
        )
