from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_response_message_role import (
    ChatCompletionResponseMessageRole,
    check_chat_completion_response_message_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_response_message_annotations_item import (
        ChatCompletionResponseMessageAnnotationsItem,
    )
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )
    from ..models.chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall,
    )


@_attrs_define(repr=False)
class ChatCompletionMessageListDataItem(_OpenModel):
    content: None | str
    """ Reply text. """
    refusal: None | str
    """ Refusal text, if the model refused. """
    role: ChatCompletionResponseMessageRole
    """ Role of the author of this message. """
    id: str

    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None
    ) = None
    """ Tool calls made by the model. """
    annotations: list[ChatCompletionResponseMessageAnnotationsItem] | None = None
    """ Annotations such as web citations. """
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    """ Legacy function call the model made. """
    audio: ChatCompletionResponseMessageAudioType0 | None = None
    """ Audio reply, if audio output was requested. """
    content_parts: (
        list[
            ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "annotations",
        "audio",
        "content",
        "content_parts",
        "function_call",
        "id",
        "refusal",
        "role",
        "tool_calls",
    )
    _tags = {"role": ("assistant",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_response_message_annotations_item import (
            ChatCompletionResponseMessageAnnotationsItem,
        )
        from ..models.chat_completion_response_message_function_call import (
            ChatCompletionResponseMessageFunctionCall,
        )

        return fields(
            ("content", "content", REQUIRED_OR_NULL, one_of(str, None)),
            ("refusal", "refusal", REQUIRED_OR_NULL, one_of(str, None)),
            ("role", "role", REQUIRED, check_chat_completion_response_message_role),
            ("id", "id", REQUIRED, None),
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
                "annotations",
                "annotations",
                OPTIONAL,
                list_of(ChatCompletionResponseMessageAnnotationsItem),
            ),
            (
                "function_call",
                "function_call",
                OPTIONAL,
                ChatCompletionResponseMessageFunctionCall,
            ),
            (
                "audio",
                "audio",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "chat_completion_response_message_audio_type_0",
                        "ChatCompletionResponseMessageAudioType0",
                    ),
                    None,
                ),
            ),
            (
                "content_parts",
                "content_parts",
                OPTIONAL_OR_NULL,
                one_of(
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
                        )
                    ),
                    None,
                ),
            ),
        )
