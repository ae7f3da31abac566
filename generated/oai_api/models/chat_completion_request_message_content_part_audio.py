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
from ..models.chat_completion_request_message_content_part_audio_type import (
    ChatCompletionRequestMessageContentPartAudioType,
    check_chat_completion_request_message_content_part_audio_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartAudio(_OpenModel):
    """An audio content part."""

    type_: ChatCompletionRequestMessageContentPartAudioType
    """ Part kind. """
    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
    """ The audio clip. """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """ Marks a content part as a prompt cache breakpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_audio", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("input_audio",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_audio_input_audio import (
            ChatCompletionRequestMessageContentPartAudioInputAudio,
        )
        from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_request_message_content_part_audio_type,
            ),
            (
                "input_audio",
                "input_audio",
                REQUIRED,
                ChatCompletionRequestMessageContentPartAudioInputAudio,
            ),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointParam,
            ),
            strict=True,
        )
