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
from ..models.chat_completion_request_message_content_part_file_type import (
    ChatCompletionRequestMessageContentPartFileType,
    check_chat_completion_request_message_content_part_file_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile,
    )
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartFile(_OpenModel):
    """A file content part."""

    type_: ChatCompletionRequestMessageContentPartFileType
    """ Part kind. """
    file: ChatCompletionRequestMessageContentPartFileFile
    """ The file, inline or by ID. """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """ Marks a content part as a prompt cache breakpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("file",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_file_file import (
            ChatCompletionRequestMessageContentPartFileFile,
        )
        from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_request_message_content_part_file_type,
            ),
            ("file", "file", REQUIRED, ChatCompletionRequestMessageContentPartFileFile),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointParam,
            ),
            strict=True,
        )
