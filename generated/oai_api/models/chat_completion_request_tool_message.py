from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_tool_message_role import (
    ChatCompletionRequestToolMessageRole,
    check_chat_completion_request_tool_message_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


@_attrs_define(repr=False)
class ChatCompletionRequestToolMessage(_OpenModel):
    """Result of a tool call, sent back to the model."""

    role: ChatCompletionRequestToolMessageRole
    """ Role of the author of this message. """
    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ Output of the tool. """
    tool_call_id: str
    """ ID of the tool call being answered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "role", "tool_call_id")
    _tags = {"role": ("tool",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_text import (
            ChatCompletionRequestMessageContentPartText,
        )

        return fields(
            ("role", "role", REQUIRED, check_chat_completion_request_tool_message_role),
            (
                "content",
                "content",
                REQUIRED,
                one_of(str, list_of(ChatCompletionRequestMessageContentPartText)),
            ),
            ("tool_call_id", "tool_call_id", REQUIRED, None),
            strict=True,
        )
