from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_user_message_role import (
    ChatCompletionRequestUserMessageRole,
    check_chat_completion_request_user_message_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


@_attrs_define(repr=False)
class ChatCompletionRequestUserMessage(_OpenModel):
    """A message written by the end user."""

    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartFile
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
        ]
        | str
    )
    """ Plain text or a list of content parts. """
    role: ChatCompletionRequestUserMessageRole
    """ Role of the author of this message. """
    name: str | None = None
    """ Optional participant name to tell authors apart. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "name", "role")
    _tags = {"role": ("user",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "content",
                "content",
                REQUIRED,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "chat_completion_request_message_content_part_text",
                                "ChatCompletionRequestMessageContentPartText",
                                ("type", "text"),
                            ),
                            member(
                                "chat_completion_request_message_content_part_image",
                                "ChatCompletionRequestMessageContentPartImage",
                                ("type", "image_url"),
                            ),
                            member(
                                "chat_completion_request_message_content_part_audio",
                                "ChatCompletionRequestMessageContentPartAudio",
                                ("type", "input_audio"),
                            ),
                            member(
                                "chat_completion_request_message_content_part_file",
                                "ChatCompletionRequestMessageContentPartFile",
                                ("type", "file"),
                            ),
                        )
                    ),
                ),
            ),
            ("role", "role", REQUIRED, check_chat_completion_request_user_message_role),
            ("name", "name", OPTIONAL, None),
            strict=True,
        )
