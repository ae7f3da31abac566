from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_assistant_message_role import (
    ChatCompletionRequestAssistantMessageRole,
    check_chat_completion_request_assistant_message_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


@_attrs_define(repr=False)
class ChatCompletionRequestAssistantMessage(_OpenModel):
    """An earlier reply from the model."""

    role: ChatCompletionRequestAssistantMessageRole
    """ Role of the author of this message. """
    content: (
        list[
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
        | str
    ) = None
    """ Reply text; may be empty when tools were called. """
    refusal: None | str = None
    """ Refusal text from the model. """
    name: str | None = None
    """ Optional participant name to tell authors apart. """
    audio: ChatCompletionRequestAssistantMessageAudioType0 | None = None
    """ Reference to an earlier audio reply. """
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None
    ) = None
    """ Tool calls made by the model. """
    function_call: ChatCompletionRequestAssistantMessageFunctionCallType0 | None = None
    """ Legacy function call the model made. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio",
        "content",
        "function_call",
        "name",
        "refusal",
        "role",
        "tool_calls",
    )
    _tags = {"role": ("assistant",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "role",
                "role",
                REQUIRED,
                check_chat_completion_request_assistant_message_role,
            ),
            (
                "content",
                "content",
                OPTIONAL_OR_NULL,
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
                                "chat_completion_request_message_content_part_refusal",
                                "ChatCompletionRequestMessageContentPartRefusal",
                                ("type", "refusal"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
            ("refusal", "refusal", OPTIONAL_OR_NULL, one_of(str, None)),
            ("name", "name", OPTIONAL, None),
            (
                "audio",
                "audio",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "chat_completion_request_assistant_message_audio_type_0",
                        "ChatCompletionRequestAssistantMessageAudioType0",
                    ),
                    None,
                ),
            ),
            (
                "tool_calls",
                "tool_calls",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "chat_completion_message_tool_call",
                            "ChatCompletionMessageToolCall",
                            ("type", "function"),
                        ),
                        member(
                            "chat_completion_message_custom_tool_call",
                            "ChatCompletionMessageCustomToolCall",
                            ("type", "custom"),
                        ),
                    )
                ),
            ),
            (
                "function_call",
                "function_call",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "chat_completion_request_assistant_message_function_call_type_0",
                        "ChatCompletionRequestAssistantMessageFunctionCallType0",
                    ),
                    None,
                ),
            ),
            strict=True,
        )
