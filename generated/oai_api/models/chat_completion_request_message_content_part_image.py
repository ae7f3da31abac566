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
from ..models.chat_completion_request_message_content_part_image_type import (
    ChatCompletionRequestMessageContentPartImageType,
    check_chat_completion_request_message_content_part_image_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartImage(_OpenModel):
    """An image content part."""

    type_: ChatCompletionRequestMessageContentPartImageType
    """ Part kind. """
    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
    """ The image location. """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """ Marks a content part as a prompt cache breakpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_url", "prompt_cache_breakpoint", "type")
    _tags = {"type": ("image_url",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_image_image_url import (
            ChatCompletionRequestMessageContentPartImageImageUrl,
        )
        from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_request_message_content_part_image_type,
            ),
            (
                "image_url",
                "image_url",
                REQUIRED,
                ChatCompletionRequestMessageContentPartImageImageUrl,
            ),
            (
                "prompt_cache_breakpoint",
                "prompt_cache_breakpoint",
                OPTIONAL,
                PromptCacheBreakpointParam,
            ),
        )
