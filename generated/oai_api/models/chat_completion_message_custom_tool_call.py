from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_message_custom_tool_call_type import (
    ChatCompletionMessageCustomToolCallType,
    check_chat_completion_message_custom_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom,
    )


@_attrs_define(repr=False)
class ChatCompletionMessageCustomToolCall(_OpenModel):
    """A custom tool call made by the model."""

    id: str
    """ Tool call ID. """
    type_: ChatCompletionMessageCustomToolCallType
    """ Tool kind. """
    custom: ChatCompletionMessageCustomToolCallCustom
    """ The custom tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("custom", "id", "type")
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_message_custom_tool_call_custom import (
            ChatCompletionMessageCustomToolCallCustom,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_message_custom_tool_call_type,
            ),
            ("custom", "custom", REQUIRED, ChatCompletionMessageCustomToolCallCustom),
        )
