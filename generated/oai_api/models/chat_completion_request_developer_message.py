from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_developer_message_role import (
    ChatCompletionRequestDeveloperMessageRole,
    check_chat_completion_request_developer_message_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


@_attrs_define(repr=False)
class ChatCompletionRequestDeveloperMessage(_OpenModel):
    """Instructions from the developer (newer models)."""

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ Text of the instructions. """
    role: ChatCompletionRequestDeveloperMessageRole
    """ Role of the author of this message. """
    name: str | None = None
    """ Optional participant name to tell authors apart. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "name", "role")
    _tags = {"role": ("developer",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_text import (
            ChatCompletionRequestMessageContentPartText,
        )

        return fields(
            (
                "content",
                "content",
                REQUIRED,
                one_of(str, list_of(ChatCompletionRequestMessageContentPartText)),
            ),
            (
                "role",
                "role",
                REQUIRED,
                check_chat_completion_request_developer_message_role,
            ),
            ("name", "name", OPTIONAL, None),
            strict=True,
        )
